from kimputin_cli.cli import main

main()
