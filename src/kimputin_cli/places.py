"""Places that open datelines: a dateline that names only one (``JAKARTA -``), or a town and
its country (``VLADIVOSTOK, Russia -``), names no outlet.

Indonesian outlets write their datelines as ``KOTA, OUTLET -``, ``OUTLET, Kota -`` or, at
Okezone, Sindonews and iNews, just ``KOTA -``. The list covers the provincial capitals and the
larger cities of Indonesia and the capitals and cities foreign news is most often filed from.
"""

from __future__ import annotations

# the kinds of Indonesian region written before a region's name ("Kabupaten Bogor", "Kota
# Bandung"), as a regular expression's alternatives
REGION_KINDS = r"kabupaten|kab\.|kota|provinsi|kecamatan|desa|kelurahan"

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
    Munich|Hamburg|Zurich|Bern|
    Amur|Primorsky|Primorye|Sakhalin|Kamchatka|Yakutia|Komsomolsk-on-Amur|Crimea|Krimea|
    Donetsk|Luhansk|Kherson|Zaporizhzhia|Belgorod|Kursk|Rason|Sinuiju|Wonsan|Hamhung|Kaesong|
    Panmunjom|Incheon|Daegu|Gwangju|Jeju|Daejeon|Ulsan""".replace("\n", "").split("|")
)


# Countries, in English and Indonesian, as a dateline names them after its town ("VOSTOCHNY
# COSMODROME, Russia -", "VLADIVOSTOK, RUSIA —"): a town and its country name no outlet.
COUNTRIES = frozenset(
    name.strip().casefold()
    for name in """
    Indonesia|Russia|Rusia|China|Tiongkok|Cina|North Korea|Korea Utara|Korut|South Korea|
    Korea Selatan|Korsel|Korea|Japan|Jepang|United States|Amerika Serikat|US|USA|U.S.|AS|
    Amerika|United Kingdom|UK|Britain|Inggris|England|Ukraine|Ukraina|France|Prancis|Perancis|
    Germany|Jerman|Italy|Italia|Spain|Spanyol|Portugal|Netherlands|Belanda|Belgium|Belgia|
    Switzerland|Swiss|Austria|Sweden|Swedia|Norway|Norwegia|Denmark|Finland|Finlandia|Poland|
    Polandia|Czech Republic|Ceko|Hungary|Hongaria|Romania|Rumania|Greece|Yunani|Turkey|Turkiye|
    Türkiye|Turki|Belarus|Georgia|Armenia|Azerbaijan|Kazakhstan|Kazakstan|Uzbekistan|Mongolia|
    India|Pakistan|Bangladesh|Sri Lanka|Nepal|Afghanistan|Afganistan|Iran|Iraq|Irak|Syria|
    Suriah|Israel|Palestine|Palestina|Lebanon|Libanon|Jordan|Yordania|Saudi Arabia|Arab Saudi|
    Qatar|Kuwait|Bahrain|Oman|Yemen|Yaman|United Arab Emirates|UAE|Uni Emirat Arab|UEA|Egypt|
    Mesir|Libya|Tunisia|Algeria|Aljazair|Morocco|Maroko|Sudan|Ethiopia|Etiopia|Kenya|Nigeria|
    South Africa|Afrika Selatan|Malaysia|Singapore|Singapura|Thailand|Vietnam|Philippines|
    Filipina|Myanmar|Cambodia|Kamboja|Laos|Brunei|Brunei Darussalam|Timor Leste|East Timor|
    Taiwan|Australia|New Zealand|Selandia Baru|Papua New Guinea|Papua Nugini|Canada|Kanada|
    Mexico|Meksiko|Brazil|Brasil|Argentina|Chile|Cile|Colombia|Kolombia|Peru|Venezuela|Cuba|
    Kuba|Vatican|Vatikan""".replace("\n", "").split("|")
)


# Indonesia's provinces, islands and regions, in full and short ("Ketua KPU Jawa Barat" names
# an office, no one; "Kapolda Jatim" too), and the single words they are made of
PROVINCES = frozenset(
    name.strip().casefold()
    for name in """
    Aceh|Sumatera Utara|Sumatera Barat|Sumatera Selatan|Riau|Kepulauan Riau|Jambi|Bengkulu|
    Bangka Belitung|Kepulauan Bangka Belitung|DKI Jakarta|Jawa Barat|Jawa Tengah|Jawa Timur|
    Banten|DI Yogyakarta|Daerah Istimewa Yogyakarta|Nusa Tenggara Barat|Nusa Tenggara Timur|
    Kalimantan Barat|Kalimantan Tengah|Kalimantan Selatan|Kalimantan Timur|Kalimantan Utara|
    Sulawesi Utara|Sulawesi Tengah|Sulawesi Selatan|Sulawesi Tenggara|Sulawesi Barat|Maluku|
    Maluku Utara|Papua|Papua Barat|Papua Barat Daya|Papua Tengah|Papua Pegunungan|
    Papua Selatan|Jawa|Sumatera|Sumatra|Kalimantan|Sulawesi|Nusa|Tenggara|Madura|Lombok|
    Flores|Bangka|Belitung|Jabar|Jateng|Jatim|Sumut|Sumbar|Sumsel|Sulsel|Sulut|Sulteng|Sultra|
    Sulbar|Kaltim|Kalbar|Kalsel|Kalteng|Kaltara|Kepri|Babel|Malut|NTB|NTT|DIY""".replace(
        "\n", ""
    ).split("|")
)


def is_country(name: str) -> bool:
    """A country's name; its short form only in capitals (``UK``, ``AS``: not the given name
    ``Uk`` of Yang Uk, nor the word ``As``)."""
    key = " ".join(name.split()).casefold()
    return key in COUNTRIES and (key not in _SHORT_FORMS or name.isupper())


_SHORT_FORMS = frozenset(name for name in COUNTRIES if len(name.replace(".", "")) <= 3)


def is_place(name: str) -> bool:
    key = " ".join(name.split()).casefold()
    return key in DATELINE_PLACES or key in PROVINCES
