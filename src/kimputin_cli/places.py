"""Places that open datelines: a dateline that names only one (``JAKARTA -``) names no outlet.

Indonesian outlets write their datelines as ``KOTA, OUTLET -``, ``OUTLET, Kota -`` or, at
Okezone, Sindonews and iNews, just ``KOTA -``. The list covers the provincial capitals and the
larger cities of Indonesia and the capitals and cities foreign news is most often filed from.
"""

from __future__ import annotations

DATELINE_PLACES = frozenset(
    name.strip().casefold()
    for name in """
    Jakarta|Bandung|Surabaya|Semarang|Yogyakarta|Jogja|Yogya|Solo|Surakarta|Malang|Medan|
    Makassar|Palembang|Denpasar|Bali|Bogor|Depok|Tangerang|Tangerang Selatan|Bekasi|Serang|
    Cilegon|Cirebon|Tasikmalaya|Sukabumi|Cianjur|Garut|Karawang|Purwakarta|Subang|Sumedang|
    Indramayu|Kuningan|Majalengka|Banjar|Cimahi|Padang|Bukittinggi|Pekanbaru|Batam|
    Tanjungpinang|Jambi|Bengkulu|Bandar Lampung|Lampung|Pangkalpinang|Banda Aceh|Lhokseumawe|
    Binjai|Pematangsiantar|Siantar|Pontianak|Singkawang|Palangka Raya|Palangkaraya|
    Banjarmasin|Banjarbaru|Samarinda|Balikpapan|Tarakan|Tanjung Selor|Manado|Gorontalo|Palu|
    Kendari|Mamuju|Ambon|Ternate|Sofifi|Jayapura|Manokwari|Sorong|Merauke|Mataram|Kupang|
    Kediri|Blitar|Jember|Banyuwangi|Madiun|Mojokerto|Pasuruan|Probolinggo|Sidoarjo|Gresik|
    Tuban|Purwokerto|Banyumas|Tegal|Pekalongan|Magelang|Cilacap|Kudus|Pati|Salatiga|Klaten|
    Sleman|Bantul|Kulon Progo|Nusa Dua|IKN|Nusantara|
    Moskow|Moscow|Pyongyang|Seoul|Beijing|Shanghai|Tokyo|Washington|New York|London|Paris|
    Berlin|Kyiv|Kiev|Jenewa|Geneva|Brussel|Brussels|Den Haag|Roma|Vatikan|Madrid|Vladivostok|
    Singapura|Kuala Lumpur|Bangkok|Manila|Hanoi|Phnom Penh|Yangon|Naypyidaw|Bandar Seri Begawan|
    Dili|Canberra|Sydney|Melbourne|Wellington|New Delhi|Islamabad|Dhaka|Kabul|Teheran|Tehran|
    Baghdad|Riyadh|Mekkah|Makkah|Madinah|Jeddah|Doha|Dubai|Abu Dhabi|Kairo|Ankara|Istanbul|
    Yerusalem|Gaza|Beirut|Damaskus|Amman|Ottawa|Brasilia|Buenos Aires|Mexico City|Pretoria|
    Nairobi|Hong Kong|Taipei|Singapore|Putrajaya|Johor Bahru|Kota Kinabalu|Kuching|Penang|
    George Town|Ipoh|Shah Alam|Ho Chi Minh City|Vientiane|Ulaanbaatar|Osaka|Busan|Guangzhou|
    Shenzhen|Mumbai|Karachi|Lahore|Colombo|Kathmandu|Rome|The Hague|Vienna|Stockholm|Oslo|
    Copenhagen|Helsinki|Athens|Lisbon|Dublin|Warsaw|Prague|Budapest|Bucharest|Belgrade|
    Vilnius|Riga|Tallinn|Minsk|Kharkiv|Odesa|Odessa|Lviv|St Petersburg|Saint Petersburg|
    Khabarovsk|Sochi|Tbilisi|Baku|Yerevan|Astana|Tashkent|Jerusalem|Tel Aviv|Cairo|Damascus|
    Los Angeles|San Francisco|Chicago|Havana|Caracas|Bogota|Sao Paulo|Lagos|
    Johannesburg|Addis Ababa|Khartoum|Tripoli|Tunis|Davos|Strasbourg|Luxembourg|Frankfurt|
    Munich|Hamburg|Zurich|Bern""".replace("\n", "").split("|")
)


def is_place(name: str) -> bool:
    return " ".join(name.split()).casefold() in DATELINE_PLACES
