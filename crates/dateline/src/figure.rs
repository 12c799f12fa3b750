//! Stage 6: figures — numbers, money, percentages, quantities, counts and dates.
//!
//! Input: the segmented document, the publication-date anchor and the quotes. Output:
//! [`FigureDraft`]s in text order.
//!
//! Each sentence is read left to right; at each token the longest figure wins:
//! - **dates** first ("Feb. 12", "December", "on Friday", "last week", "2026-02-11"), so that the
//!   12 of "Feb. 12" is never a number;
//! - then **amounts**: an optional bound or approximation ("over", "at least", "about"), an optional
//!   currency ("$", "US$", "€", "USD"), a number in digits or words ("35,000", "1.5", "two million",
//!   "half a million", "a dozen"), a scale ("million", "bn", "m" after money), a range end
//!   ("5-10", "between 5 and 10") and a unit ("%", "percent", "percentage points", "km", "dollars").
//!
//! Then per sentence: a count takes the noun it counts ("35,000 of their own men" → men); a bare
//! number after a dash inherits the previous count's noun ("in January — 30,000"); each figure
//! takes the period named before it in its sentence ("In December, … 35,000") and a category from
//! the words around it. Last, figures inside a quote take the quote and its speaker.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use crate::dates;
use crate::model::{BlockKind, Bound, DateAnchor, FigureCategory, FigureKind};
use crate::pipeline::Doc;
use crate::quote::QuoteDraft;
use crate::segment::TokenKind;

/// A figure before assembly.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct FigureDraft {
    pub kind: FigureKind,
    pub range: Range<usize>,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: Option<String>,
    pub currency: Option<String>,
    pub currency_assumed: bool,
    pub bound: Option<Bound>,
    pub approximate: bool,
    pub counted: Option<String>,
    pub category: Option<FigureCategory>,
    pub date: Option<String>,
    pub date_anchor: Option<DateAnchor>,
    pub quote: Option<usize>,
    pub speaker: Option<usize>,
}

impl FigureDraft {
    fn new(kind: FigureKind, range: Range<usize>) -> FigureDraft {
        FigureDraft {
            kind,
            range,
            value: None,
            value_max: None,
            unit: None,
            currency: None,
            currency_assumed: false,
            bound: None,
            approximate: false,
            counted: None,
            category: None,
            date: None,
            date_anchor: None,
            quote: None,
            speaker: None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Word tables.

const UNITS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("oh", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fourty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

const SCALES: &[(&str, f64)] = &[
    ("hundred", 100.0),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("hundreds", 100.0),
    ("thousands", 1e3),
    ("millions", 1e6),
    ("billions", 1e9),
    ("trillions", 1e12),
    ("lakh", 1e5),
    ("crore", 1e7),
];

/// Scale abbreviations after a number ("$5bn", "€10M", "5k").
const SHORT_SCALES: &[(&str, f64)] = &[
    ("k", 1e3),
    ("K", 1e3),
    ("thousand", 1e3),
    ("m", 1e6),
    ("M", 1e6),
    ("mn", 1e6),
    ("mln", 1e6),
    ("bn", 1e9),
    ("b", 1e9),
    ("B", 1e9),
    ("G", 1e9),
    ("tn", 1e12),
    ("trn", 1e12),
    ("T", 1e12),
];

const ORDINALS: &[(&str, f64)] = &[
    ("first", 1.0),
    ("second", 2.0),
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
    ("thirteenth", 13.0),
    ("fourteenth", 14.0),
    ("fifteenth", 15.0),
    ("sixteenth", 16.0),
    ("seventeenth", 17.0),
    ("eighteenth", 18.0),
    ("nineteenth", 19.0),
    ("twentieth", 20.0),
    ("thirtieth", 30.0),
    ("fortieth", 40.0),
    ("fiftieth", 50.0),
    ("sixtieth", 60.0),
    ("seventieth", 70.0),
    ("eightieth", 80.0),
    ("ninetieth", 90.0),
    ("hundredth", 100.0),
    ("thousandth", 1000.0),
    ("millionth", 1e6),
    ("billionth", 1e9),
];

/// Fraction words: "a third", "three quarters", "fifty-four hundredths".
const FRACTIONS: &[(&str, f64)] = &[
    ("half", 2.0),
    ("halves", 2.0),
    ("third", 3.0),
    ("thirds", 3.0),
    ("quarter", 4.0),
    ("quarters", 4.0),
    ("fourth", 4.0),
    ("fourths", 4.0),
    ("fifth", 5.0),
    ("fifths", 5.0),
    ("sixth", 6.0),
    ("sixths", 6.0),
    ("seventh", 7.0),
    ("sevenths", 7.0),
    ("eighth", 8.0),
    ("eighths", 8.0),
    ("ninth", 9.0),
    ("ninths", 9.0),
    ("tenth", 10.0),
    ("tenths", 10.0),
    ("hundredth", 100.0),
    ("hundredths", 100.0),
    ("thousandth", 1000.0),
    ("thousandths", 1000.0),
    ("millionth", 1e6),
    ("millionths", 1e6),
];

/// Currency symbols and codes written before or after an amount → ISO 4217, assumed?
const CURRENCY_SIGNS: &[(&str, &str, bool)] = &[
    ("US$", "USD", false),
    ("U.S.$", "USD", false),
    ("C$", "CAD", false),
    ("CA$", "CAD", false),
    ("A$", "AUD", false),
    ("AU$", "AUD", false),
    ("NZ$", "NZD", false),
    ("HK$", "HKD", false),
    ("S$", "SGD", false),
    ("R$", "BRL", false),
    ("MX$", "MXN", false),
    ("$", "USD", true),
    ("€", "EUR", false),
    ("£", "GBP", false),
    ("¥", "JPY", true),
    ("₽", "RUB", false),
    ("₴", "UAH", false),
    ("₹", "INR", false),
    ("₩", "KRW", false),
    ("₺", "TRY", false),
    ("₪", "ILS", false),
    ("₦", "NGN", false),
    ("₱", "PHP", false),
    ("฿", "THB", false),
    ("zł", "PLN", false),
    ("Rs", "INR", true),
    ("Rs.", "INR", true),
    ("CHF", "CHF", false),
    ("Fr.", "CHF", true),
];

const CURRENCY_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "RUB", "UAH", "INR", "CAD", "AUD", "NZD", "CHF",
    "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "TRY", "BRL", "MXN", "ZAR", "KRW", "HKD", "SGD",
    "ILS", "NGN", "KES", "EGP", "SAR", "AED", "QAR", "IRR", "PKR", "BTC",
];

/// Currency names after an amount → ISO code (a bare "dollars" is US dollars, assumed).
const CURRENCY_WORDS: &[(&str, &str, bool)] = &[
    ("dollar", "USD", true),
    ("dollars", "USD", true),
    ("us dollars", "USD", false),
    ("u.s. dollars", "USD", false),
    ("american dollars", "USD", false),
    ("canadian dollars", "CAD", false),
    ("australian dollars", "AUD", false),
    ("hong kong dollars", "HKD", false),
    ("new zealand dollars", "NZD", false),
    ("singapore dollars", "SGD", false),
    ("euro", "EUR", false),
    ("euros", "EUR", false),
    ("pound", "GBP", true),
    ("pounds", "GBP", true),
    ("pounds sterling", "GBP", false),
    ("pound sterling", "GBP", false),
    ("sterling", "GBP", false),
    ("british pounds", "GBP", false),
    ("yen", "JPY", false),
    ("yuan", "CNY", false),
    ("renminbi", "CNY", false),
    ("ruble", "RUB", false),
    ("rubles", "RUB", false),
    ("rouble", "RUB", false),
    ("roubles", "RUB", false),
    ("hryvnia", "UAH", false),
    ("hryvnias", "UAH", false),
    ("hryvnia", "UAH", false),
    ("rupee", "INR", true),
    ("rupees", "INR", true),
    ("indian rupees", "INR", false),
    ("pakistani rupees", "PKR", false),
    ("franc", "CHF", true),
    ("francs", "CHF", true),
    ("swiss francs", "CHF", false),
    ("lira", "TRY", true),
    ("liras", "TRY", true),
    ("turkish lira", "TRY", false),
    ("shekel", "ILS", false),
    ("shekels", "ILS", false),
    ("won", "KRW", false),
    ("zloty", "PLN", false),
    ("zlotys", "PLN", false),
    ("peso", "MXN", true),
    ("pesos", "MXN", true),
    ("rand", "ZAR", false),
    ("real", "BRL", false),
    ("reais", "BRL", false),
    ("krona", "SEK", true),
    ("kronor", "SEK", false),
    ("krone", "NOK", true),
    ("kroner", "NOK", true),
    ("naira", "NGN", false),
    ("shilling", "KES", true),
    ("shillings", "KES", true),
    ("kenyan shillings", "KES", false),
    ("riyal", "SAR", true),
    ("riyals", "SAR", true),
    ("dirham", "AED", true),
    ("dirhams", "AED", true),
    ("bitcoin", "BTC", false),
    ("bitcoins", "BTC", false),
    ("cent", "USD", true),
    ("cents", "USD", true),
    ("pence", "GBP", false),
    ("penny", "GBP", false),
    ("kopecks", "RUB", false),
];

/// Units of measurement → normalized unit name.
const MEASURE_UNITS: &[(&str, &str)] = &[
    ("km", "km"),
    ("kms", "km"),
    ("kilometer", "km"),
    ("kilometers", "km"),
    ("kilometre", "km"),
    ("kilometres", "km"),
    ("m", "m"),
    ("meter", "m"),
    ("meters", "m"),
    ("metre", "m"),
    ("metres", "m"),
    ("cm", "cm"),
    ("centimeter", "cm"),
    ("centimeters", "cm"),
    ("centimetres", "cm"),
    ("mm", "mm"),
    ("millimeters", "mm"),
    ("millimetres", "mm"),
    ("mile", "mile"),
    ("miles", "mile"),
    ("mi", "mile"),
    ("foot", "ft"),
    ("feet", "ft"),
    ("ft", "ft"),
    ("inch", "in"),
    ("inches", "in"),
    ("yard", "yd"),
    ("yards", "yd"),
    ("nautical miles", "nmi"),
    ("kg", "kg"),
    ("kilogram", "kg"),
    ("kilograms", "kg"),
    ("kilo", "kg"),
    ("kilos", "kg"),
    ("g", "g"),
    ("gram", "g"),
    ("grams", "g"),
    ("mg", "mg"),
    ("milligrams", "mg"),
    ("lb", "lb"),
    ("lbs", "lb"),
    ("ton", "t"),
    ("tons", "t"),
    ("tonne", "t"),
    ("tonnes", "t"),
    ("metric tons", "t"),
    ("ounce", "oz"),
    ("ounces", "oz"),
    ("oz", "oz"),
    ("barrel", "barrel"),
    ("barrels", "barrel"),
    ("bpd", "barrel/day"),
    ("gallon", "gal"),
    ("gallons", "gal"),
    ("liter", "l"),
    ("liters", "l"),
    ("litre", "l"),
    ("litres", "l"),
    ("ml", "ml"),
    ("milliliters", "ml"),
    ("acre", "acre"),
    ("acres", "acre"),
    ("hectare", "ha"),
    ("hectares", "ha"),
    ("square kilometers", "km2"),
    ("square kilometres", "km2"),
    ("square miles", "mi2"),
    ("square meters", "m2"),
    ("square metres", "m2"),
    ("square feet", "ft2"),
    ("sq km", "km2"),
    ("km2", "km2"),
    ("mph", "mph"),
    ("km/h", "km/h"),
    ("kph", "km/h"),
    ("knots", "kn"),
    ("degrees celsius", "°C"),
    ("degrees fahrenheit", "°F"),
    ("degree celsius", "°C"),
    ("degree fahrenheit", "°F"),
    ("°c", "°C"),
    ("°f", "°F"),
    ("degrees c", "°C"),
    ("degrees f", "°F"),
    ("celsius", "°C"),
    ("fahrenheit", "°F"),
    ("degrees", "degree"),
    ("degree", "degree"),
    ("mw", "MW"),
    ("megawatts", "MW"),
    ("gw", "GW"),
    ("gigawatts", "GW"),
    ("kw", "kW"),
    ("kilowatts", "kW"),
    ("kwh", "kWh"),
    ("mwh", "MWh"),
    ("twh", "TWh"),
    ("gb", "GB"),
    ("mb", "MB"),
    ("tb", "TB"),
    ("kb", "KB"),
    ("megabytes", "MB"),
    ("gigabytes", "GB"),
    ("terabytes", "TB"),
    ("seconds", "s"),
    ("minutes", "min"),
    ("hours", "h"),
    ("days", "day"),
    ("weeks", "week"),
    ("months", "month"),
    ("years", "year"),
    ("decades", "decade"),
    ("centuries", "century"),
];

const PERCENT_WORDS: &[(&str, &str)] = &[
    ("%", "percent"),
    ("percent", "percent"),
    ("per cent", "percent"),
    ("pct", "percent"),
    ("percentage points", "percentage point"),
    ("percentage point", "percentage point"),
    ("points", "point"),
    ("basis points", "basis point"),
    ("bps", "basis point"),
];

/// Bounds and approximations before a figure.
const QUALIFIERS: &[(&str, Option<Bound>, bool)] = &[
    ("more than", Some(Bound::Above), false),
    ("over", Some(Bound::Above), false),
    ("above", Some(Bound::Above), false),
    ("greater than", Some(Bound::Above), false),
    ("higher than", Some(Bound::Above), false),
    ("in excess of", Some(Bound::Above), false),
    ("upwards of", Some(Bound::Above), false),
    ("exceeding", Some(Bound::Above), false),
    ("larger than", Some(Bound::Above), false),
    ("bigger than", Some(Bound::Above), false),
    ("at least", Some(Bound::AtLeast), false),
    ("no fewer than", Some(Bound::AtLeast), false),
    ("no less than", Some(Bound::AtLeast), false),
    ("not less than", Some(Bound::AtLeast), false),
    ("a minimum of", Some(Bound::AtLeast), false),
    ("equal to or more than", Some(Bound::AtLeast), false),
    ("equal to or greater than", Some(Bound::AtLeast), false),
    ("greater than or equal to", Some(Bound::AtLeast), false),
    ("more than or equal to", Some(Bound::AtLeast), false),
    ("up to", Some(Bound::AtMost), false),
    ("at most", Some(Bound::AtMost), false),
    ("no more than", Some(Bound::AtMost), false),
    ("not more than", Some(Bound::AtMost), false),
    ("as many as", Some(Bound::AtMost), false),
    ("as much as", Some(Bound::AtMost), false),
    ("a maximum of", Some(Bound::AtMost), false),
    ("equal to or less than", Some(Bound::AtMost), false),
    ("less than or equal to", Some(Bound::AtMost), false),
    ("equal to or fewer than", Some(Bound::AtMost), false),
    ("fewer than or equal to", Some(Bound::AtMost), false),
    ("less than", Some(Bound::Below), false),
    ("fewer than", Some(Bound::Below), false),
    ("under", Some(Bound::Below), false),
    ("below", Some(Bound::Below), false),
    ("lower than", Some(Bound::Below), false),
    ("smaller than", Some(Bound::Below), false),
    ("nearly", None, true),
    ("almost", None, true),
    ("about", None, true),
    ("around", None, true),
    ("some", None, true),
    ("roughly", None, true),
    ("approximately", None, true),
    ("approx.", None, true),
    ("an estimated", None, true),
    ("estimated", None, true),
    ("close to", None, true),
    ("circa", None, true),
    ("ca.", None, true),
    ("~", None, true),
    ("just over", Some(Bound::Above), true),
    ("just under", Some(Bound::Below), true),
    ("well over", Some(Bound::Above), false),
];

/// Words that select a category when near a figure.
const CATEGORY_WORDS: &[(&str, FigureCategory)] = &[
    ("killed", FigureCategory::Killed),
    ("dead", FigureCategory::Killed),
    ("died", FigureCategory::Killed),
    ("deaths", FigureCategory::Killed),
    ("death", FigureCategory::Killed),
    ("fatalities", FigureCategory::Killed),
    ("dying", FigureCategory::Killed),
    ("slain", FigureCategory::Killed),
    ("murdered", FigureCategory::Killed),
    ("wounded", FigureCategory::Wounded),
    ("injured", FigureCategory::Wounded),
    ("injuries", FigureCategory::Wounded),
    ("hurt", FigureCategory::Wounded),
    ("casualties", FigureCategory::Casualties),
    ("losses", FigureCategory::Casualties),
    ("lost", FigureCategory::Casualties),
    ("arrested", FigureCategory::Arrested),
    ("detained", FigureCategory::Arrested),
    ("jailed", FigureCategory::Arrested),
    ("arrests", FigureCategory::Arrested),
    ("imprisoned", FigureCategory::Arrested),
    ("displaced", FigureCategory::Displaced),
    ("refugees", FigureCategory::Displaced),
    ("evacuated", FigureCategory::Displaced),
    ("fled", FigureCategory::Displaced),
    ("homeless", FigureCategory::Displaced),
    ("troops", FigureCategory::Troops),
    ("soldiers", FigureCategory::Troops),
    ("recruits", FigureCategory::Troops),
    ("recruited", FigureCategory::Troops),
    ("servicemen", FigureCategory::Troops),
    ("personnel", FigureCategory::Troops),
    ("fighters", FigureCategory::Troops),
    ("protesters", FigureCategory::Protesters),
    ("demonstrators", FigureCategory::Protesters),
    ("marched", FigureCategory::Protesters),
    ("votes", FigureCategory::Votes),
    ("seats", FigureCategory::Votes),
    ("ballots", FigureCategory::Votes),
    ("voted", FigureCategory::Votes),
    ("aid", FigureCategory::Aid),
    ("assistance", FigureCategory::Aid),
    ("funding", FigureCategory::Aid),
    ("grant", FigureCategory::Aid),
    ("grants", FigureCategory::Aid),
    ("loan", FigureCategory::Aid),
    ("loans", FigureCategory::Aid),
    ("package", FigureCategory::Aid),
    ("donated", FigureCategory::Aid),
    ("pledged", FigureCategory::Aid),
    ("budget", FigureCategory::Budget),
    ("spending", FigureCategory::Budget),
    ("revenue", FigureCategory::Budget),
    ("revenues", FigureCategory::Budget),
    ("debt", FigureCategory::Budget),
    ("deficit", FigureCategory::Budget),
    ("tax", FigureCategory::Budget),
    ("taxes", FigureCategory::Budget),
    ("profit", FigureCategory::Budget),
    ("profits", FigureCategory::Budget),
    ("price", FigureCategory::Price),
    ("prices", FigureCategory::Price),
    ("cost", FigureCategory::Price),
    ("costs", FigureCategory::Price),
    ("costing", FigureCategory::Price),
    ("wage", FigureCategory::Price),
    ("wages", FigureCategory::Price),
    ("salary", FigureCategory::Price),
    ("fee", FigureCategory::Price),
    ("rose", FigureCategory::Change),
    ("fell", FigureCategory::Change),
    ("rise", FigureCategory::Change),
    ("fall", FigureCategory::Change),
    ("increase", FigureCategory::Change),
    ("increased", FigureCategory::Change),
    ("decrease", FigureCategory::Change),
    ("decreased", FigureCategory::Change),
    ("grew", FigureCategory::Change),
    ("growth", FigureCategory::Change),
    ("inflation", FigureCategory::Change),
    ("dropped", FigureCategory::Change),
    ("declined", FigureCategory::Change),
    ("jumped", FigureCategory::Change),
    ("surged", FigureCategory::Change),
    ("climbed", FigureCategory::Change),
    ("slumped", FigureCategory::Change),
];

/// Nouns for people: a count of these is a count of people.
const PEOPLE_NOUNS: &[&str] = &[
    "people",
    "persons",
    "men",
    "women",
    "children",
    "civilians",
    "residents",
    "citizens",
    "workers",
    "employees",
    "students",
    "patients",
    "migrants",
    "voters",
    "members",
    "victims",
    "passengers",
    "officers",
    "staff",
    "adults",
    "individuals",
    "families",
    "households",
    "inhabitants",
    "prisoners",
    "hostages",
    "users",
    "customers",
    "fans",
];

/// Words after a number that are never what it counts.
const NOT_COUNTED: &[&str] = &[
    "of", "and", "or", "to", "in", "on", "at", "for", "by", "the", "a", "an", "was", "were", "is",
    "are", "has", "have", "had", "will", "would", "that", "which", "who", "percent", "per", "from",
    "with", "as", "than", "more", "less", "times", "said", "say", "says", "it", "they", "he",
    "she", "this", "these", "those", "his", "her", "their", "its", "ago", "later", "earlier",
    "before", "after", "each", "apiece", "alone", "so", "but", "if", "when",
];

static NUMBER_LITERAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\d+,\d{1,2}$|^\d{1,3}(?:\.\d{3})+,\d+$|^\.\d+$",
    )
    .expect("valid number regex")
});
static SUFFIXED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(k|K|m|M|mn|mln|bn|b|B|G|tn|trn|T|st|nd|rd|th|s)$",
    )
    .expect("valid suffix regex")
});
static DIGIT_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)[-–]((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)$",
    )
    .expect("valid range regex")
});

fn table<T: Copy>(t: &[(&str, T)], w: &str) -> Option<T> {
    t.iter().find(|(k, _)| *k == w).map(|(_, v)| *v)
}

/// A parsed number: its tokens, value, and what shaped it.
#[derive(Clone, Debug)]
struct Num {
    end: usize,
    value: f64,
    words: bool,
    approximate: bool,
    ordinal: bool,
    year_like: bool,
}

// ---------------------------------------------------------------------------------------------

/// Runs the figure stage.
pub(crate) fn run(doc: &Doc<'_>, quotes: &[QuoteDraft]) -> Vec<FigureDraft> {
    let reader = Reader { doc };
    let mut out = Vec::new();
    for s in &doc.sentences {
        if !matches!(
            doc.layout.blocks[s.block].kind,
            BlockKind::Paragraph | BlockKind::Headline | BlockKind::Standfirst | BlockKind::Caption
        ) {
            continue;
        }
        let mut found: Vec<(Range<usize>, FigureDraft)> = Vec::new();
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            if let Some((end, f)) = reader
                .date_at(i, s.tokens.end)
                .or_else(|| reader.amount_at(i, s.tokens.end))
            {
                found.push((i..end, f));
                i = end.max(i + 1);
            } else {
                i += 1;
            }
        }
        reader.link_sentence(s.tokens.clone(), &mut found);
        out.extend(found.into_iter().map(|(_, f)| f));
    }
    claims(&mut out, quotes);
    out
}

struct Reader<'d, 'a> {
    doc: &'d Doc<'a>,
}

impl<'d, 'a> Reader<'d, 'a> {
    fn tok(&self, i: usize) -> &'d str {
        let r = self.doc.tokens[i].range.clone();
        &self.doc.text[r]
    }

    fn lower(&self, i: usize) -> String {
        self.tok(i).to_lowercase()
    }

    fn range(&self, a: usize, b: usize) -> Range<usize> {
        self.doc.tokens[a].range.start..self.doc.tokens[b - 1].range.end
    }

    /// Whether tokens `i..` spell `phrase` (lowercase, words separated by spaces); returns the
    /// token after it.
    fn phrase_at(&self, i: usize, end: usize, phrase: &str) -> Option<usize> {
        let mut j = i;
        for word in phrase.split(' ') {
            if j >= end {
                return None;
            }
            // A phrase word may span several tokens ("u.s." vs "U.S.", "km/h").
            let mut got = self.lower(j);
            j += 1;
            while got.len() < word.len()
                && j < end
                && word.starts_with(&got)
                && self.doc.tokens[j].range.start == self.doc.tokens[j - 1].range.end
            {
                got.push_str(&self.lower(j));
                j += 1;
            }
            if got != word {
                return None;
            }
        }
        Some(j)
    }

    /// The longest entry of `phrases` at token `i`.
    fn longest<T: Copy>(&self, i: usize, end: usize, phrases: &[(&str, T)]) -> Option<(usize, T)> {
        phrases
            .iter()
            .filter_map(|(p, v)| self.phrase_at(i, end, p).map(|j| (j, *v)))
            .max_by_key(|(j, _)| *j)
    }

    // -----------------------------------------------------------------------------------------
    // Numbers.

    /// A number at token `i`: digits ("35,000", "1.5", "5bn"), words ("two million", "a dozen",
    /// "half a million", "forty two and a third") or both ("1.5 million").
    fn number_at(&self, i: usize, end: usize) -> Option<Num> {
        if i >= end {
            return None;
        }
        let t = self.tok(i);
        let kind = self.doc.tokens[i].kind;
        if kind == TokenKind::Number
            || (kind == TokenKind::Word && t.starts_with(|c: char| c.is_ascii_digit()))
        {
            return self.digits_at(i, end);
        }
        self.words_at(i, end)
    }

    fn digits_at(&self, i: usize, end: usize) -> Option<Num> {
        let t = self.tok(i);
        let (mut value, mut j, ordinal) = if NUMBER_LITERAL.is_match(t) {
            (parse_literal(t)?, i + 1, false)
        } else if let Some(c) = SUFFIXED.captures(t) {
            let v = parse_literal(&c[1])?;
            match &c[2] {
                "st" | "nd" | "rd" | "th" => (v, i + 1, true),
                "s" => {
                    return (c[1].len() == 4).then(|| Num {
                        end: i + 1,
                        value: v,
                        words: false,
                        approximate: true,
                        ordinal: false,
                        year_like: true,
                    })
                }
                s => (v * table(SHORT_SCALES, s)?, i + 1, false),
            }
        } else {
            return None;
        };
        // Scientific notation: "12.32e+14" arrives as "12.32e", "+", "14"; "1e3" as one token.
        let year_like =
            !t.contains([',', '.']) && t.len() == 4 && (1800.0..=2100.0).contains(&value);
        let adjacent =
            |a: usize, b: usize| self.doc.tokens[a].range.end == self.doc.tokens[b].range.start;
        if j < end
            && !ordinal
            && adjacent(i, j)
            && self.tok(j) == "."
            && j + 1 < end
            && adjacent(j, j + 1)
        {
            // "1.5" split by the tokenizer never happens; keep symmetry with European decimals.
        }
        // Digits then a scale word: "1.5 million", "35 thousand", "5 bn".
        if j < end && !ordinal {
            let w = self.lower(j);
            if let Some(scale) = table(SCALES, &w).filter(|_| !w.ends_with('s')) {
                value *= scale;
                j += 1;
            } else if let Some(scale) = table(SHORT_SCALES, self.tok(j))
                .filter(|_| matches!(self.tok(j), "bn" | "mn" | "mln" | "tn" | "trn" | "k" | "K"))
            {
                value *= scale;
                j += 1;
            } else if w == "dozen" {
                value *= 12.0;
                j += 1;
            }
        }
        Some(Num {
            end: j,
            value,
            words: false,
            approximate: false,
            ordinal,
            year_like: year_like && j == i + 1,
        })
    }

    fn words_at(&self, i: usize, end: usize) -> Option<Num> {
        let first = self.lower(i);
        // "a dozen", "dozens", "a million", "half a million", "a third".
        if first == "dozens" {
            return Some(Num {
                end: i + 1,
                value: 24.0,
                words: true,
                approximate: true,
                ordinal: false,
                year_like: false,
            });
        }
        if let Some(o) = table(ORDINALS, &first) {
            // "third" alone is an ordinal; "a third" is a fraction (handled below).
            // A word ordinal is a figure after a determiner and before a noun ("the third
            // round"); "first" alone is mostly an adverb ("a peace deal first").
            let determiner = i > 0
                && matches!(
                    self.lower(i - 1).as_str(),
                    "the" | "its" | "his" | "her" | "their" | "our" | "a"
                );
            let noun_follows = i + 1 < end && self.doc.tokens[i + 1].kind == TokenKind::Word;
            if !(i > 0 && matches!(self.lower(i - 1).as_str(), "a" | "one")) {
                if !(determiner && noun_follows) {
                    return None;
                }
                return Some(Num {
                    end: i + 1,
                    value: o,
                    words: true,
                    approximate: false,
                    ordinal: true,
                    year_like: false,
                });
            }
        }
        let mut total = 0.0f64;
        let mut current = 0.0f64;
        let mut j = i;
        let mut any = false;
        let mut approximate = false;
        while j < end {
            let w = self.lower(j);
            let parts: Vec<&str> = w.split('-').collect();
            if parts.len() > 1 && parts.iter().all(|p| table(UNITS, p).is_some()) {
                // "fifty-four"
                current += parts.iter().filter_map(|p| table(UNITS, p)).sum::<f64>();
                any = true;
                j += 1;
                continue;
            }
            if parts.len() == 2
                && table(UNITS, parts[0]).is_some()
                && table(FRACTIONS, parts[1]).is_some()
                && any
            {
                // "three-quarters" after a whole number is handled as a fraction below.
                break;
            }
            if let Some(u) = table(UNITS, &w).filter(|_| w != "oh") {
                // "forty two" joins; "one two" does not.
                let tens_then_unit =
                    current % 10.0 == 0.0 && (20.0..100.0).contains(&current) && u < 10.0;
                if !any
                    || tens_then_unit
                    || current == 0.0 && total > 0.0
                    || current >= 100.0 && current % 100.0 == 0.0
                {
                    current += u;
                } else {
                    break;
                }
                any = true;
                j += 1;
                continue;
            }
            if w == "a" && !any && j + 1 < end {
                let next = self.lower(j + 1);
                if table(SCALES, &next).is_some() || next == "dozen" {
                    current = 1.0;
                    any = true;
                    j += 1;
                    continue;
                }
                break;
            }
            if w == "half"
                && !any
                && j + 2 < end
                && self.lower(j + 1) == "a"
                && table(SCALES, &self.lower(j + 2)).is_some()
            {
                let scale = table(SCALES, &self.lower(j + 2))?;
                return Some(Num {
                    end: j + 3,
                    value: scale / 2.0,
                    words: true,
                    approximate: false,
                    ordinal: false,
                    year_like: false,
                });
            }
            if w == "dozen" && any {
                current *= 12.0;
                j += 1;
                continue;
            }
            if let Some(scale) = table(SCALES, &w) {
                if !any {
                    if w.ends_with('s') {
                        // "hundreds of", "millions" → approximate.
                        return Some(Num {
                            end: j + 1,
                            value: scale,
                            words: true,
                            approximate: true,
                            ordinal: false,
                            year_like: false,
                        });
                    }
                    break;
                }
                if w.ends_with('s') {
                    break;
                }
                if scale == 100.0 {
                    current = if current == 0.0 {
                        100.0
                    } else {
                        current * 100.0
                    };
                } else {
                    total += if current == 0.0 { 1.0 } else { current } * scale;
                    current = 0.0;
                }
                j += 1;
                continue;
            }
            if w == "and" && any && j + 1 < end {
                let next = self.lower(j + 1);
                let np: Vec<&str> = next.split('-').collect();
                if table(UNITS, &next).is_some()
                    || np.iter().all(|p| table(UNITS, p).is_some()) && np.len() > 1
                {
                    // "one hundred and twenty"; or "two and fifty-four hundredths" (fraction).
                    if let Some((k, frac)) = self.fraction_at(j + 1, end) {
                        total += current + frac;
                        current = 0.0;
                        j = k;
                        // "two and a half million".
                        if j < end {
                            if let Some(scale) = table(SCALES, &self.lower(j))
                                .filter(|_| !self.lower(j).ends_with('s'))
                            {
                                total *= scale;
                                j += 1;
                            }
                        }
                        break;
                    }
                    j += 1;
                    continue;
                }
                if next == "a" || next == "one" {
                    if let Some((k, frac)) = self.fraction_at(j + 1, end) {
                        current += frac;
                        j = k;
                        if j < end {
                            if let Some(scale) = table(SCALES, &self.lower(j))
                                .filter(|_| !self.lower(j).ends_with('s'))
                            {
                                total = (total + current) * scale;
                                current = 0.0;
                                j += 1;
                            }
                        }
                        break;
                    }
                }
                break;
            }
            if w == "point" && any && j + 1 < end {
                // "one point five"
                let mut k = j + 1;
                let mut digits = String::new();
                while k < end {
                    match table(UNITS, &self.lower(k)) {
                        Some(d) if d < 10.0 => {
                            digits.push(char::from(b'0' + d as u8));
                            k += 1;
                        }
                        _ => break,
                    }
                }
                if !digits.is_empty() {
                    current += format!("0.{digits}").parse::<f64>().unwrap_or(0.0);
                    j = k;
                    continue;
                }
                break;
            }
            break;
        }
        if !any {
            // "a third", "three quarters" without a whole part.
            let (k, frac) = self.fraction_at(i, end)?;
            return Some(Num {
                end: k,
                value: frac,
                words: true,
                approximate,
                ordinal: false,
                year_like: false,
            });
        }
        // A whole number followed by a fraction word: "three quarters", "fifty-four hundredths".
        if j < end {
            if let Some(den) = table(FRACTIONS, &self.lower(j)) {
                if total == 0.0 && current > 0.0 && !(current == 1.0 && self.lower(j) == "second") {
                    let v = current / den;
                    approximate |= false;
                    return Some(Num {
                        end: j + 1,
                        value: v,
                        words: true,
                        approximate,
                        ordinal: false,
                        year_like: false,
                    });
                }
            }
        }
        let value = total + current;
        // A lone "one" is mostly a pronoun ("one of them"); keep it only before a noun or scale.
        if j == i + 1 && first == "one" {
            return None;
        }
        approximate |= false;
        Some(Num {
            end: j,
            value,
            words: true,
            approximate,
            ordinal: false,
            year_like: false,
        })
    }

    /// A fraction phrase at `i`: "a third", "a half", "one quarter", "three-quarters",
    /// "fifty-four hundredths".
    fn fraction_at(&self, i: usize, end: usize) -> Option<(usize, f64)> {
        let w = self.lower(i);
        if let Some((n, d)) = w.split_once('-') {
            if let (Some(n), Some(d)) = (table(UNITS, n), table(FRACTIONS, d)) {
                return Some((i + 1, n / d));
            }
        }
        if i + 1 >= end {
            return None;
        }
        let next = self.lower(i + 1);
        let num = if w == "a" || w == "an" {
            Some(1.0)
        } else {
            table(UNITS, &w)
        };
        let num = num.or_else(|| {
            let parts: Vec<&str> = w.split('-').collect();
            (parts.len() == 2)
                .then(|| parts.iter().filter_map(|p| table(UNITS, p)).sum::<f64>())
                .filter(|v| *v > 0.0)
        })?;
        let den = table(FRACTIONS, &next)?;
        if next == "second" || next == "seconds" {
            return None;
        }
        Some((i + 2, num / den))
    }

    // -----------------------------------------------------------------------------------------
    // Amounts.

    /// An amount at token `i`: qualifier, currency, number, scale, range end, unit.
    fn amount_at(&self, i: usize, end: usize) -> Option<(usize, FigureDraft)> {
        let mut j = i;
        let mut bound = None;
        let mut approximate = false;
        if let Some((k, (b, approx))) = self.longest(
            j,
            end,
            &QUALIFIERS
                .iter()
                .map(|(p, b, a)| (*p, (*b, *a)))
                .collect::<Vec<_>>(),
        ) {
            // The qualifier counts only when a number follows.
            if k < end
                && (self.number_at(k, end).is_some() || self.currency_sign_at(k, end).is_some())
            {
                bound = b;
                approximate = approx;
                j = k;
            }
        }
        // "between 5 and 10", "from 5 to 10"
        let between = j < end
            && matches!(self.lower(j).as_str(), "between" | "from")
            && j + 1 < end
            && (self.number_at(j + 1, end).is_some()
                || self.currency_sign_at(j + 1, end).is_some());
        if between {
            j += 1;
        }
        let start = j;
        let mut currency: Option<(&'static str, bool)> = None;
        if let Some((k, code, assumed)) = self.currency_sign_at(j, end) {
            currency = Some((code, assumed));
            j = k;
        }
        if j < end && DIGIT_RANGE.is_match(self.tok(j)) && !between {
            return self.digit_range(
                if bound.is_some() || approximate {
                    i
                } else {
                    start
                },
                j,
                end,
                bound,
                approximate,
                currency,
            );
        }
        let num = self.number_at(j, end)?;
        if self.is_not_a_figure(j, &num) {
            return None;
        }
        let mut k = num.end;
        let mut value = num.value;
        let mut value_max = None;
        // Money scale after a symbol: "$5m", "£2 bn" (m after money means million).
        if currency.is_some()
            && k < end
            && matches!(self.tok(k), "m" | "M" | "b" | "B")
            && self.doc.tokens[k].range.start == self.doc.tokens[k - 1].range.end
        {
            value *= table(SHORT_SCALES, self.tok(k)).unwrap_or(1.0);
            k += 1;
        }
        // Range end: "5 to 10", "between 5 and 10", "5-10 million".
        if k + 1 < end {
            let sep = self.lower(k);
            let joins = matches!(sep.as_str(), "to" | "-" | "–" | "—") && !between
                || (between && matches!(sep.as_str(), "and" | "to" | "-" | "–"));
            if joins {
                let mut m = k + 1;
                if currency.is_some() {
                    if let Some((after, _, _)) = self.currency_sign_at(m, end) {
                        m = after;
                    }
                }
                if let Some(hi) = self.number_at(m, end).filter(|n| !n.ordinal) {
                    let mut hi_value = hi.value;
                    let mut lo_value = value;
                    // "5 to 10 million": the scale applies to both ends.
                    if let Some(scale) = scale_of_tail(self, m, hi.end) {
                        if lo_value < scale && (lo_value * scale) <= hi_value {
                            lo_value *= scale;
                        }
                    }
                    if hi_value < lo_value && hi_value > 0.0 && lo_value / hi_value >= 1000.0 {
                        hi_value = lo_value;
                    }
                    value = lo_value;
                    value_max = Some(hi_value);
                    k = hi.end;
                } else if between {
                    return None;
                }
            }
        }
        let mut f = FigureDraft::new(
            if num.ordinal {
                FigureKind::Ordinal
            } else {
                FigureKind::Number
            },
            0..0,
        );
        f.bound = bound;
        f.approximate = approximate || num.approximate;
        // Units after the number.
        if !num.ordinal {
            if let Some((after, unit)) = self.longest(k, end, PERCENT_WORDS) {
                if unit != "point" || matches!(self.lower(k).as_str(), "points") && k > 0 {
                    f.kind = FigureKind::Percent;
                    f.unit = Some(unit.to_string());
                    k = after;
                }
            }
            if f.kind == FigureKind::Number {
                if let Some((after, code, assumed)) = self.currency_word_at(k, end) {
                    if currency.is_none() {
                        currency = Some((code, assumed));
                    } else if let Some((c, _)) = currency {
                        // "$ 10 dollars": the word confirms the sign.
                        currency = Some((c, false));
                    }
                    // "50 cents" is a hundredth of the unit.
                    if matches!(
                        self.lower(k).as_str(),
                        "cent" | "cents" | "pence" | "penny" | "kopecks"
                    ) {
                        f.unit = Some("cent".to_string());
                    }
                    k = after;
                } else if let Some(code) = (k < end)
                    .then(|| self.tok(k))
                    .filter(|c| CURRENCY_CODES.contains(c))
                {
                    if currency.is_none() {
                        currency = Some((
                            CURRENCY_CODES
                                .iter()
                                .find(|x| *x == &code)
                                .copied()
                                .unwrap_or("USD"),
                            false,
                        ));
                    }
                    k += 1;
                } else if let Some((after, _, _)) = self.currency_sign_at(k, end).filter(|_| {
                    currency.is_none()
                        && k < end
                        && matches!(self.tok(k), "€" | "£" | "$" | "₽" | "₴" | "¥")
                }) {
                    let (_, code, assumed) = self.currency_sign_at(k, end)?;
                    currency = Some((code, assumed));
                    k = after;
                }
            }
            if f.kind == FigureKind::Number && currency.is_none() {
                if let Some((after, unit)) = self.unit_at(k, end, &num) {
                    f.kind = FigureKind::Quantity;
                    f.unit = Some(unit.to_string());
                    k = after;
                    if unit == "year" && k < end && self.lower(k) == "old" {
                        f.kind = FigureKind::Age;
                        k += 1;
                    }
                } else if let Some(after) = self
                    .age_suffix(j, k, end)
                    .or_else(|| self.age_apposition(j, k, end))
                {
                    f.kind = FigureKind::Age;
                    f.unit = Some("year".to_string());
                    k = after;
                }
            }
        }
        if let Some((code, assumed)) = currency {
            f.kind = FigureKind::Money;
            f.currency = Some(code.to_string());
            f.currency_assumed = assumed;
        }
        if f.kind == FigureKind::Number
            && num.year_like
            && value_max.is_none()
            && bound.is_none()
            && !approximate
        {
            f.kind = FigureKind::Year;
            f.date = Some(format!("{:04}", value as i64));
            f.date_anchor = Some(DateAnchor::Absolute);
        }
        let first_token = if bound.is_some() || approximate || between && value_max.is_some() {
            i
        } else {
            start
        };
        f.range = self.range(first_token, k);
        f.value = Some(value);
        f.value_max = value_max;
        Some((k, f))
    }

    /// "5-10" written as one token.
    fn digit_range(
        &self,
        i: usize,
        j: usize,
        end: usize,
        bound: Option<Bound>,
        approximate: bool,
        currency: Option<(&'static str, bool)>,
    ) -> Option<(usize, FigureDraft)> {
        let t = self.tok(j);
        let c = DIGIT_RANGE.captures(t)?;
        let (lo, hi) = (parse_literal(&c[1])?, parse_literal(&c[2])?);
        // Scores ("beat them 3-1") and dates are not ranges.
        if hi < lo {
            return None;
        }
        let mut k = j + 1;
        let mut f = FigureDraft::new(FigureKind::Number, 0..0);
        let mut scale = 1.0;
        if k < end {
            if let Some(s) = table(SCALES, &self.lower(k)).filter(|_| !self.lower(k).ends_with('s'))
            {
                scale = s;
                k += 1;
            }
        }
        if let Some((after, unit)) = self.longest(k, end, PERCENT_WORDS) {
            f.kind = FigureKind::Percent;
            f.unit = Some(unit.to_string());
            k = after;
        }
        if let Some((code, assumed)) = currency {
            f.kind = FigureKind::Money;
            f.currency = Some(code.to_string());
            f.currency_assumed = assumed;
        }
        f.value = Some(lo * scale);
        f.value_max = Some(hi * scale);
        f.bound = bound;
        f.approximate = approximate;
        f.range = self.range(i, k);
        Some((k, f))
    }

    /// Tokens that look numeric but are not figures: parts of URLs, phone numbers, page numbers.
    fn is_not_a_figure(&self, j: usize, num: &Num) -> bool {
        let t = self.tok(j);
        if t.matches('-').count() >= 2 || t.contains('/') {
            return true;
        }
        // Glued to a word before ("No.5", "F-16" split oddly) or after a hashtag.
        if j > 0 && self.doc.tokens[j - 1].range.end == self.doc.tokens[j].range.start {
            let prev = self.tok(j - 1);
            if prev.chars().all(char::is_alphabetic) && !prev.is_empty() || prev == "#" {
                return true;
            }
            if prev == "-"
                && j > 1
                && self.doc.tokens[j - 2].range.end == self.doc.tokens[j - 1].range.start
                && self.tok(j - 2).chars().all(char::is_alphabetic)
            {
                return true;
            }
        }
        // A number glued to letters after it that are not a scale ("2pm" is a time).
        if j + 1 < self.doc.tokens.len() && num.end == j + 1 {
            let next = &self.doc.tokens[j + 1];
            if next.range.start == self.doc.tokens[j].range.end
                && next.kind == TokenKind::Word
                && matches!(self.lower(j + 1).as_str(), "am" | "pm" | "a.m." | "p.m.")
            {
                return true;
            }
        }
        if j + 1 < self.doc.tokens.len()
            && matches!(
                self.lower(j + 1).as_str(),
                "a.m." | "p.m." | "am" | "pm" | "gmt" | "utc" | "et" | "est" | "edt" | "bst"
            )
        {
            return true;
        }
        // Times "12:30".
        if j + 2 < self.doc.tokens.len()
            && self.tok(j + 1) == ":"
            && self.doc.tokens[j + 2].kind == TokenKind::Number
            && self.doc.tokens[j + 1].range.start == self.doc.tokens[j].range.end
        {
            return true;
        }
        if j > 1
            && self.tok(j - 1) == ":"
            && self.doc.tokens[j - 2].kind == TokenKind::Number
            && self.doc.tokens[j - 1].range.end == self.doc.tokens[j].range.start
        {
            return true;
        }
        false
    }

    fn currency_sign_at(&self, i: usize, end: usize) -> Option<(usize, &'static str, bool)> {
        if i >= end {
            return None;
        }
        // Signs may span tokens ("US", "$"): compare the glued text.
        let mut best: Option<(usize, &'static str, bool)> = None;
        let mut glued = String::new();
        for j in i..end.min(i + 4) {
            if j > i && self.doc.tokens[j].range.start != self.doc.tokens[j - 1].range.end {
                break;
            }
            glued.push_str(self.tok(j));
            if let Some((_, code, assumed)) = CURRENCY_SIGNS.iter().find(|(s, _, _)| *s == glued) {
                best = Some((j + 1, code, *assumed));
            }
        }
        if best.is_none()
            && CURRENCY_CODES.contains(&self.tok(i))
            && i + 1 < end
            && self.doc.tokens[i + 1].kind == TokenKind::Number
        {
            let code = CURRENCY_CODES
                .iter()
                .find(|c| **c == self.tok(i))
                .copied()?;
            return Some((i + 1, if code == "RMB" { "CNY" } else { code }, false));
        }
        best
    }

    fn currency_word_at(&self, i: usize, end: usize) -> Option<(usize, &'static str, bool)> {
        let mut best: Option<(usize, &'static str, bool)> = None;
        for (phrase, code, assumed) in CURRENCY_WORDS {
            if let Some(j) = self.phrase_at(i, end, phrase) {
                if best.is_none_or(|b| j > b.0) {
                    best = Some((j, code, *assumed));
                }
            }
        }
        // "pounds" of weight: a following "of" + material is a weight ("25 pounds of sugar").
        if let Some((j, "GBP", true)) = best {
            if j < end && self.lower(j) == "of" {
                return None;
            }
        }
        best
    }

    fn unit_at(&self, i: usize, end: usize, num: &Num) -> Option<(usize, &'static str)> {
        let (after, unit) = self.longest(i, end, MEASURE_UNITS)?;
        // A lone "m" or "g" after a word number is rarely a unit; and "pounds" was money already.
        let written = self.tok(i);
        if matches!(written, "m" | "g" | "in" | "mi" | "ft" | "M")
            && (num.words
                || self.doc.tokens[i].range.start != self.doc.tokens[i - 1].range.end
                    && written == "in")
        {
            return None;
        }
        if unit == "in" && written == "in" {
            return None;
        }
        // Time units are figures only for durations and ages, not dates ("2 days ago" stays a
        // quantity; that is fine).
        Some((after, unit))
    }

    /// "Lefèvre, 34, now sells…": a small number set off by commas after a name is an age.
    fn age_apposition(&self, j: usize, k: usize, end: usize) -> Option<usize> {
        let value: f64 = self.tok(j).parse().ok()?;
        let after_name = j >= 2
            && self.tok(j - 1) == ","
            && self
                .tok(j - 2)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && self.doc.tokens[j - 2].kind == TokenKind::Word;
        (k == j + 1
            && (1.0..=120.0).contains(&value)
            && after_name
            && k < end
            && matches!(self.tok(k), "," | ")"))
        .then_some(k)
    }

    /// "45-year-old", "aged 45": an age.
    fn age_suffix(&self, j: usize, k: usize, end: usize) -> Option<usize> {
        if j > 0 && self.lower(j - 1) == "aged" {
            return Some(k);
        }
        if k + 3 < end && self.tok(k) == "-" && self.lower(k + 1).starts_with("year") {
            return Some(k + 2);
        }
        None
    }

    // -----------------------------------------------------------------------------------------
    // Dates.

    /// A date or period at token `i`.
    fn date_at(&self, i: usize, end: usize) -> Option<(usize, FigureDraft)> {
        let t = self.tok(i);
        let anchor = self.doc.anchor;
        let mut f = FigureDraft::new(FigureKind::Date, 0..0);
        // ISO dates: "2026-02-11".
        if self.doc.tokens[i].kind == TokenKind::Number && t.len() == 10 {
            if let Some(d) = dates::parse_iso(t) {
                f.date = Some(dates::iso(d));
                f.date_anchor = Some(DateAnchor::Absolute);
                f.range = self.range(i, i + 1);
                return Some((i + 1, f));
            }
        }
        // Month names: "Feb. 12", "Feb. 12, 2026", "December", "December 2025", "12 February 2026".
        if let Some(month) =
            dates::month_number(t).filter(|_| t.starts_with(|c: char| c.is_uppercase()))
        {
            // "May" the verb: a month only before a day or year, or after "in"/"since"/"until".
            let bare_may = t == "May"
                && !(i + 1 < end && self.doc.tokens[i + 1].kind == TokenKind::Number)
                && !(i > 0
                    && matches!(
                        self.lower(i - 1).as_str(),
                        "in" | "since"
                            | "until"
                            | "by"
                            | "of"
                            | "last"
                            | "next"
                            | "early"
                            | "late"
                            | "mid"
                    ));
            if bare_may
                || (t.len() <= 4 && !t.ends_with('.') && !matches!(t, "June" | "July" | "May"))
            {
                return None;
            }
            let mut k = i + 1;
            let mut day = None;
            let mut year = None;
            if k < end && self.doc.tokens[k].kind == TokenKind::Number {
                let v: i64 = self.tok(k).parse().ok()?;
                if (1..=31).contains(&v) {
                    day = Some(v as i8);
                    k += 1;
                } else if (1800..=2100).contains(&v) {
                    year = Some(v as i16);
                    k += 1;
                }
            } else if k < end
                && SUFFIXED
                    .captures(self.tok(k))
                    .is_some_and(|c| matches!(&c[2], "st" | "nd" | "rd" | "th"))
            {
                let c = SUFFIXED.captures(self.tok(k))?;
                let v: i64 = c[1].parse().ok()?;
                if (1..=31).contains(&v) {
                    day = Some(v as i8);
                    k += 1;
                }
            }
            if day.is_some() && year.is_none() {
                let mut m = k;
                if m < end && self.tok(m) == "," {
                    m += 1;
                }
                if m < end && self.doc.tokens[m].kind == TokenKind::Number && self.tok(m).len() == 4
                {
                    if let Ok(y) = self.tok(m).parse::<i16>() {
                        if (1800..=2100).contains(&y) {
                            year = Some(y);
                            k = m + 1;
                        }
                    }
                }
            }
            let start =
                if i > 0 && self.doc.tokens[i - 1].kind == TokenKind::Number && day.is_none() {
                    // "12 February 2026"
                    let v: i64 = self.tok(i - 1).parse().unwrap_or(0);
                    if (1..=31).contains(&v) {
                        day = Some(v as i8);
                        i - 1
                    } else {
                        i
                    }
                } else {
                    i
                };
            let (date, anchor_kind) =
                resolve_month_day(month, day, year, anchor, self.future_tense(i));
            f.date = date;
            f.date_anchor = anchor_kind;
            f.range = self.range(start, k);
            return Some((k, f));
        }
        // Weekdays: "on Friday", "Friday".
        if let Some(day) =
            dates::weekday(t).filter(|_| t.starts_with(|c: char| c.is_uppercase()) && t.len() > 4)
        {
            if let Some((a, exact)) = anchor {
                let d = dates::resolve_weekday(a, day, exact);
                f.date = Some(dates::iso(d));
                f.date_anchor = Some(if exact {
                    DateAnchor::Published
                } else {
                    DateAnchor::Inferred
                });
            } else {
                f.date_anchor = Some(DateAnchor::Unanchored);
            }
            f.range = self.range(i, i + 1);
            return Some((i + 1, f));
        }
        // Relative days and weeks.
        let lower = self.lower(i);
        let rel = match lower.as_str() {
            "yesterday" => Some((1, -1i64)),
            "today" => Some((1, 0)),
            "tomorrow" => Some((1, 1)),
            "last" | "next" | "this" if i + 1 < end => match self.lower(i + 1).as_str() {
                "week" => Some((
                    2,
                    if lower == "last" {
                        -7
                    } else if lower == "next" {
                        7
                    } else {
                        0
                    },
                )),
                "month" => Some((
                    3,
                    if lower == "last" {
                        -1
                    } else if lower == "next" {
                        1
                    } else {
                        0
                    },
                )),
                "year" => Some((
                    4,
                    if lower == "last" {
                        -1
                    } else if lower == "next" {
                        1
                    } else {
                        0
                    },
                )),
                _ => None,
            },
            _ => None,
        };
        if let Some((unit, offset)) = rel {
            let len = if unit == 1 { 1 } else { 2 };
            if let Some((a, exact)) = anchor {
                f.date = Some(match unit {
                    1 => dates::iso(dates::add_days(a, offset)),
                    2 => {
                        let d = dates::add_days(a, offset);
                        let w = d.iso_week_date();
                        format!("{:04}-W{:02}", w.year(), w.week())
                    }
                    3 => {
                        let months =
                            i32::from(a.year()) * 12 + i32::from(a.month()) - 1 + offset as i32;
                        format!(
                            "{:04}-{:02}",
                            months.div_euclid(12),
                            months.rem_euclid(12) + 1
                        )
                    }
                    _ => format!("{:04}", i64::from(a.year()) + offset),
                });
                f.date_anchor = Some(if exact {
                    DateAnchor::Published
                } else {
                    DateAnchor::Inferred
                });
            } else {
                f.date_anchor = Some(DateAnchor::Unanchored);
            }
            f.range = self.range(i, i + len);
            return Some((i + len, f));
        }
        None
    }

    /// Whether the clause around token `i` looks forward ("will", "next", "plans to").
    fn future_tense(&self, i: usize) -> bool {
        let from = i.saturating_sub(6);
        (from..i).any(|j| {
            matches!(
                self.lower(j).as_str(),
                "will" | "next" | "plans" | "planned" | "scheduled" | "expected" | "until" | "by"
            )
        })
    }

    // -----------------------------------------------------------------------------------------
    // Per-sentence linking: counted nouns, ellipsis, periods, categories.

    fn link_sentence(&self, tokens: Range<usize>, found: &mut [(Range<usize>, FigureDraft)]) {
        let mut last_count: Option<(String, Option<FigureCategory>)> = None;
        let mut last_date: Option<(String, Option<DateAnchor>)> = None;
        for idx in 0..found.len() {
            let (toks, f) = (found[idx].0.clone(), &mut found[idx].1);
            if f.kind == FigureKind::Date {
                last_date = f.date.clone().map(|d| (d, f.date_anchor));
                continue;
            }
            if f.kind == FigureKind::Year {
                continue;
            }
            // What a count counts.
            if matches!(f.kind, FigureKind::Number) {
                if let Some(noun) = self.counted_after(toks.end, tokens.end) {
                    f.kind = FigureKind::Count;
                    f.counted = Some(noun);
                } else if let Some((noun, category)) = last_count
                    .clone()
                    .filter(|_| self.elliptical(toks.clone(), tokens.clone()))
                {
                    f.kind = FigureKind::Count;
                    f.counted = Some(noun);
                    f.category = category;
                }
            }
            if f.category.is_none() {
                f.category = self.category(f, toks.clone(), tokens.clone());
            }
            if let Some((d, anchor)) = &last_date {
                f.date = Some(d.clone());
                f.date_anchor = *anchor;
            } else if let Some((d, anchor)) = found[idx + 1..]
                .iter()
                .find(|(r, g)| g.kind == FigureKind::Date && r.start <= found[idx].0.end + 4)
                .and_then(|(_, g)| g.date.clone().map(|d| (d, g.date_anchor)))
            {
                let f = &mut found[idx].1;
                f.date = Some(d);
                f.date_anchor = anchor;
            }
            let f = &found[idx].1;
            if f.kind == FigureKind::Count {
                last_count = f.counted.clone().map(|c| (c, f.category));
            }
        }
    }

    /// The noun after a number: "35,000 of their own men" → men; "12 people" → people.
    fn counted_after(&self, k: usize, end: usize) -> Option<String> {
        let mut j = k;
        // "of their own", "of the"
        if j < end && self.lower(j) == "of" {
            j += 1;
            while j < end
                && matches!(
                    self.lower(j).as_str(),
                    "their"
                        | "the"
                        | "its"
                        | "his"
                        | "her"
                        | "our"
                        | "own"
                        | "them"
                        | "those"
                        | "these"
                )
            {
                j += 1;
            }
            if j == k + 1 {
                return None;
            }
        }
        let mut noun = None;
        let mut n = 0;
        while j < end && n < 3 {
            let w = self.tok(j);
            let lower = w.to_lowercase();
            if self.doc.tokens[j].kind != TokenKind::Word || NOT_COUNTED.contains(&lower.as_str()) {
                break;
            }
            if dates::month_number(w).is_some() && w.starts_with(|c: char| c.is_uppercase())
                || dates::weekday(w).is_some()
            {
                break;
            }
            noun = Some(lower);
            n += 1;
            j += 1;
            // A plural noun ends the phrase ("12 soldiers were").
            if noun
                .as_deref()
                .is_some_and(|x| x.ends_with('s') || PEOPLE_NOUNS.contains(&x))
            {
                break;
            }
        }
        noun.filter(|x| x.chars().all(|c| c.is_alphabetic() || c == '-') && x.len() > 1)
    }

    /// A bare number standing for a count named before it: "…, and in January — 30,000".
    fn elliptical(&self, toks: Range<usize>, sentence: Range<usize>) -> bool {
        let before = toks.start > sentence.start
            && matches!(self.tok(toks.start - 1), "—" | "–" | "-" | ":" | ",");
        let after_ok =
            toks.end >= sentence.end || !matches!(self.doc.tokens[toks.end].kind, TokenKind::Word);
        before && after_ok
    }

    fn category(
        &self,
        f: &FigureDraft,
        toks: Range<usize>,
        sentence: Range<usize>,
    ) -> Option<FigureCategory> {
        let from = toks.start.saturating_sub(6).max(sentence.start);
        let to = (toks.end + 6).min(sentence.end);
        let mut best: Option<(usize, FigureCategory)> = None;
        for j in from..to {
            if toks.contains(&j) {
                continue;
            }
            if let Some(c) = table(CATEGORY_WORDS, &self.lower(j)) {
                let distance = if j < toks.start {
                    toks.start - j
                } else {
                    j - toks.end + 1
                };
                let fits = match c {
                    FigureCategory::Aid | FigureCategory::Budget | FigureCategory::Price => {
                        f.kind == FigureKind::Money
                    }
                    FigureCategory::Change => {
                        matches!(f.kind, FigureKind::Percent | FigureKind::Money)
                    }
                    FigureCategory::Killed
                    | FigureCategory::Wounded
                    | FigureCategory::Casualties
                    | FigureCategory::Arrested
                    | FigureCategory::Displaced
                    | FigureCategory::Protesters
                    | FigureCategory::Troops => {
                        matches!(f.kind, FigureKind::Count | FigureKind::Number)
                    }
                    FigureCategory::Votes => matches!(
                        f.kind,
                        FigureKind::Count | FigureKind::Number | FigureKind::Percent
                    ),
                    _ => true,
                };
                if fits && best.is_none_or(|(d, _)| distance < d) {
                    best = Some((distance, c));
                }
            }
        }
        if let Some((_, c)) = best {
            // "lost … men" is casualties; "lost … soldiers" too.
            return Some(c);
        }
        if let Some(noun) = &f.counted {
            if let Some(c) = table(CATEGORY_WORDS, noun) {
                return Some(c);
            }
            if PEOPLE_NOUNS.contains(&noun.as_str()) {
                return Some(FigureCategory::People);
            }
        }
        (f.kind == FigureKind::Money).then_some(FigureCategory::Money)
    }
}

/// The scale word that ends a number ("10 million" → 1e6).
fn scale_of_tail(r: &Reader<'_, '_>, start: usize, end: usize) -> Option<f64> {
    (end > start)
        .then(|| table(SCALES, &r.lower(end - 1)))
        .flatten()
}

/// Parses "35,000", "1.5", "2,5" (European decimal), "1.234,5".
fn parse_literal(s: &str) -> Option<f64> {
    if s.contains(',') && !s.contains('.') {
        let (int, frac) = s.rsplit_once(',')?;
        if frac.len() == 3 {
            return s.replace(',', "").parse().ok();
        }
        return format!("{int}.{frac}").parse().ok();
    }
    if s.contains('.') && s.contains(',') && s.rfind(',') > s.rfind('.') {
        return s.replace('.', "").replace(',', ".").parse().ok();
    }
    s.replace(',', "").parse().ok()
}

/// Resolves a month (and day, year) against the anchor: the year is the one that puts the date
/// nearest the anchor, looking back for past-tense text and forward for future-tense text.
fn resolve_month_day(
    month: i8,
    day: Option<i8>,
    year: Option<i16>,
    anchor: Option<(Date, bool)>,
    future: bool,
) -> (Option<String>, Option<DateAnchor>) {
    let fmt = |y: i16| match day {
        Some(d) => Date::new(y, month, d).ok().map(dates::iso),
        None => Some(format!("{y:04}-{month:02}")),
    };
    if let Some(y) = year {
        return (fmt(y), Some(DateAnchor::Absolute));
    }
    let Some((a, exact)) = anchor else {
        return (None, Some(DateAnchor::Unanchored));
    };
    let kind = if exact {
        DateAnchor::Published
    } else {
        DateAnchor::Inferred
    };
    let a_month = i32::from(a.month());
    let m = i32::from(month);
    let y = i32::from(a.year());
    let year = if day.is_some() {
        // Nearest: within six months either side.
        let diff = m - a_month;
        if diff > 6 {
            y - 1
        } else if diff < -6 {
            y + 1
        } else {
            y
        }
    } else if future {
        if m >= a_month {
            y
        } else {
            y + 1
        }
    } else if m <= a_month {
        y
    } else {
        y - 1
    };
    (fmt(year as i16), Some(kind))
}

/// Figures inside a quote's parts (or its clause) are claimed by the quote and its speaker.
fn claims(figures: &mut [FigureDraft], quotes: &[QuoteDraft]) {
    let mut spans: Vec<(Range<usize>, usize)> = Vec::new();
    for (qi, q) in quotes.iter().enumerate() {
        if q.parent.is_some() {
            continue;
        }
        for p in q.parts.iter().chain(q.content.iter()) {
            spans.push((p.clone(), qi));
        }
    }
    spans.sort_by_key(|(r, _)| r.start);
    let mut by_start: HashMap<usize, usize> = HashMap::new();
    for f in figures.iter_mut() {
        let at = spans.partition_point(|(r, _)| r.start <= f.range.start);
        let hit = spans[..at]
            .iter()
            .rev()
            .take(8)
            .find(|(r, _)| r.start <= f.range.start && f.range.end <= r.end);
        if let Some((_, qi)) = hit {
            f.quote = Some(*qi);
            f.speaker = quotes[*qi].speaker.as_ref().and_then(|s| s.entity);
            by_start.insert(f.range.start, *qi);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{parse, Bound, FigureCategory, FigureKind, Options};

    fn figures(text: &str) -> Vec<crate::Figure> {
        parse(text, &Options::default().published("2026-02-14").unwrap())
            .unwrap()
            .figures
    }

    fn one(text: &str) -> crate::Figure {
        let f = figures(text);
        let non_dates: Vec<_> = f
            .into_iter()
            .filter(|f| f.kind != FigureKind::Date)
            .collect();
        assert_eq!(non_dates.len(), 1, "{text}: {non_dates:?}");
        non_dates.into_iter().next().unwrap()
    }

    #[test]
    fn numbers_table() {
        let cases: &[(&str, &str, f64)] = &[
            ("They counted 35,000 votes.", "35,000", 35000.0),
            ("It grew by 1.5 times.", "1.5", 1.5),
            ("Some two million people fled.", "Some two million", 2e6),
            ("Half a million people fled.", "Half a million", 5e5),
            ("A dozen soldiers were hurt.", "A dozen", 12.0),
            (
                "He gave forty two and a third of it.",
                "forty two and a third",
                42.0 + 1.0 / 3.0,
            ),
            (
                "About three-quarters of voters agreed.",
                "About three-quarters",
                0.75,
            ),
            (
                "It cost one hundred and twenty dollars.",
                "one hundred and twenty dollars",
                120.0,
            ),
            ("It measured 12.32 million.", "12.32 million", 12.32e6),
        ];
        for (text, surface, value) in cases {
            let f = one(text);
            assert_eq!(f.text, *surface, "{text}");
            assert!(
                (f.value.unwrap() - value).abs() < 1e-6,
                "{text}: {:?}",
                f.value
            );
        }
    }

    #[test]
    fn money_table() {
        let cases: &[(&str, &str, f64, &str, bool)] = &[
            (
                "They sent $500 million in aid.",
                "$500 million",
                5e8,
                "USD",
                true,
            ),
            (
                "It paid US$2.5 billion.",
                "US$2.5 billion",
                2.5e9,
                "USD",
                false,
            ),
            ("A fine of €10M was set.", "€10M", 1e7, "EUR", false),
            ("It cost £2,000.", "£2,000", 2000.0, "GBP", false),
            (
                "The deal was worth 5bn rubles.",
                "5bn rubles",
                5e9,
                "RUB",
                false,
            ),
            ("He earned 300 USD a week.", "300 USD", 300.0, "USD", false),
            (
                "A loan of 20 million hryvnias.",
                "20 million hryvnias",
                2e7,
                "UAH",
                false,
            ),
        ];
        for (text, surface, value, currency, assumed) in cases {
            let f = one(text);
            assert_eq!(f.kind, FigureKind::Money, "{text}");
            assert_eq!(f.text, *surface, "{text}");
            assert!(
                (f.value.unwrap() - value).abs() < 1e-3,
                "{text}: {:?}",
                f.value
            );
            assert_eq!(f.currency.as_deref(), Some(*currency), "{text}");
            assert_eq!(f.currency_assumed, *assumed, "{text}");
        }
    }

    #[test]
    fn bounds_ranges_percent() {
        let f = one("The figure included over $200 million from Britain.");
        assert_eq!((f.bound, f.value), (Some(Bound::Above), Some(2e8)));
        let f = one("At least 12 people were killed.");
        assert_eq!(
            (f.bound, f.kind, f.counted.as_deref(), f.category),
            (
                Some(Bound::AtLeast),
                FigureKind::Count,
                Some("people"),
                Some(FigureCategory::Killed)
            )
        );
        let f = one("Between 5 and 10 boats sank.");
        assert_eq!((f.value, f.value_max), (Some(5.0), Some(10.0)));
        let f = one("Prices rose 5-10 percent.");
        assert_eq!(
            (f.kind, f.value, f.value_max),
            (FigureKind::Percent, Some(5.0), Some(10.0))
        );
        let f = one("Inflation fell 0.3 percentage points.");
        assert_eq!(
            (f.kind, f.unit.as_deref(), f.category),
            (
                FigureKind::Percent,
                Some("percentage point"),
                Some(FigureCategory::Change)
            )
        );
        let f = one("Turnout was nearly 60%.");
        assert!(f.approximate);
    }

    #[test]
    fn counts_periods_and_ellipsis() {
        let f = figures(
            "“In December, they lost 35,000 of their own men, and in January — 30,000,” he said.",
        );
        let counts: Vec<_> = f.iter().filter(|f| f.kind == FigureKind::Count).collect();
        assert_eq!(counts.len(), 2, "{f:?}");
        assert_eq!(counts[0].counted.as_deref(), Some("men"));
        assert_eq!(counts[0].date.as_deref(), Some("2025-12"));
        assert_eq!(counts[0].category, Some(FigureCategory::Casualties));
        assert_eq!(counts[1].counted.as_deref(), Some("men"));
        assert_eq!(counts[1].value, Some(30000.0));
        assert_eq!(counts[1].date.as_deref(), Some("2026-01"));
    }

    #[test]
    fn dates_table() {
        // Published Saturday 2026-02-14.
        let cases: &[(&str, &str)] = &[
            ("He spoke on Friday.", "2026-02-13"),
            ("They met on Feb. 12.", "2026-02-12"),
            ("It happened on Feb. 12, 2025.", "2025-02-12"),
            ("It started in December.", "2025-12"),
            ("It will open in March.", "2026-03"),
            ("He left last week.", "2026-W06"),
            ("They voted yesterday.", "2026-02-13"),
            ("The file is dated 2026-02-11.", "2026-02-11"),
        ];
        for (text, want) in cases {
            let f = figures(text);
            let d = f
                .iter()
                .find(|f| f.kind == FigureKind::Date)
                .unwrap_or_else(|| panic!("no date in {text}: {f:?}"));
            assert_eq!(d.date.as_deref(), Some(*want), "{text}");
        }
    }

    #[test]
    fn not_figures() {
        for text in [
            "The G7 met after COVID-19 as F-16 jets flew.",
            "Call 555-123-4567 now.",
            "You may leave.",
            "See https://example.com/2024/page-2 for more.",
            "It ended at 2pm and 10:30 a.m.",
        ] {
            let f: Vec<_> = figures(text)
                .into_iter()
                .filter(|f| f.kind != FigureKind::Date || text.contains("may"))
                .collect();
            assert!(f.is_empty(), "{text}: {f:?}");
        }
    }

    #[test]
    fn figures_in_quotes_carry_the_speaker() {
        let a = parse("“We lost 300 tanks,” said Jane Smith.", &Options::default()).unwrap();
        let f = a.figures.iter().find(|f| f.value == Some(300.0)).unwrap();
        assert_eq!(f.quote, Some(0));
        let speaker = f.speaker.and_then(|s| a.entity(s)).map(|e| e.name.as_str());
        assert_eq!(speaker, Some("Jane Smith"));
    }
}
