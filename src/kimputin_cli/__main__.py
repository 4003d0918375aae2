from kimputin_cli.entry import main

main()
