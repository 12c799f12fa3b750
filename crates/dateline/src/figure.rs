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

use foldhash::{HashMap, HashSet};
use std::cell::{Cell, RefCell};
use std::ops::Range;
use std::sync::LazyLock;

use jiff::civil::{Date, Weekday};
use regex::Regex;

use crate::dates;
use crate::model::{BlockKind, Bound, DateAnchor, FigureCategory, FigureKind};
use crate::pipeline::Doc;
use crate::quote::{ly_adverb, QuoteDraft};
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

/// Stock indices and rankings whose names hold a number ("S&P 500", "FTSE 100", "Fortune 500"):
/// the number is part of the name.
const INDEX_NAMES: &[&str] = &[
    "s&p", "ftse", "nikkei", "russell", "fortune", "nasdaq", "dax", "cac", "stoxx", "sensex",
    "nifty", "kospi", "asx", "tsx", "ibex", "aex", "omx",
];

/// The value of a lowercase number word below a hundred ("fifteen" → 15), for other stages
/// that read counts ("Fifteen minutes after …").
pub(crate) fn number_word(lower: &str) -> Option<f64> {
    UNITS.iter().find(|(w, _)| *w == lower).map(|&(_, v)| v)
}

const UNITS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("nought", 0.0),
    ("naught", 0.0),
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
    ("lakhs", 1e5),
    ("lac", 1e5),
    ("lacs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
];

/// Words for twelve after a number ("3 dozens", "five dozs").
const DOZEN: &[&str] = &["dozen", "dozens", "doz", "dozs", "dz", "dzs"];

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
    ("tln", 1e12),
    ("bln", 1e9),
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
    ("trillionth", 1e12),
    ("nineth", 9.0),
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
    ("twentieth", 20.0),
    ("twentieths", 20.0),
    ("thirtieth", 30.0),
    ("thirtieths", 30.0),
    ("fortieth", 40.0),
    ("fortieths", 40.0),
    ("fiftieth", 50.0),
    ("fiftieths", 50.0),
    ("hundredth", 100.0),
    ("hundredths", 100.0),
    ("thousandth", 1000.0),
    ("thousandths", 1000.0),
    ("millionth", 1e6),
    ("millionths", 1e6),
    ("billionth", 1e9),
    ("billionths", 1e9),
    ("trillionth", 1e12),
    ("trillionths", 1e12),
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
    ("Mex$", "MXN", false),
    ("¢", "USD", true),
    ("元", "CNY", false),
    ("₡", "CRC", false),
    ("₾", "GEL", false),
    ("₭", "LAK", false),
    ("₿", "BTC", false),
    ("ரூ", "LKR", false),
];

/// Letters before "$" naming a dollar ("C$", "HK$", "nzd$", "c $" in lower-cased wire copy).
const DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("us", "USD"),
    ("u.s.", "USD"),
    ("usd", "USD"),
    ("c", "CAD"),
    ("ca", "CAD"),
    ("cad", "CAD"),
    ("a", "AUD"),
    ("au", "AUD"),
    ("aud", "AUD"),
    ("nz", "NZD"),
    ("nzd", "NZD"),
    ("hk", "HKD"),
    ("hkd", "HKD"),
    ("s", "SGD"),
    ("sg", "SGD"),
    ("sgd", "SGD"),
    ("r", "BRL"),
    ("mx", "MXN"),
    ("mxn", "MXN"),
    ("mex", "MXN"),
];

const CURRENCY_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "RUB", "UAH", "INR", "CAD", "AUD", "NZD", "CHF",
    "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "TRY", "BRL", "MXN", "ZAR", "KRW", "HKD", "SGD",
    "ILS", "NGN", "KES", "EGP", "SAR", "AED", "QAR", "IRR", "PKR", "BTC", "MYR", "MNT", "KWD",
    "LBP", "BGN", "BHD", "JOD", "OMR", "CRC", "GEL", "LAK", "LKR", "THB", "PHP", "IDR", "VND",
    "TWD", "ARS", "CLP", "COP", "PEN", "RON", "ISK", "MAD", "TND", "DZD", "IQD", "SYP", "BDT",
    "NPR", "KZT", "AZN", "AMD", "BYN", "RSD", "ETB", "GHS", "TZS", "UGX", "ZMW", "CNH",
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
    ("pennies", "GBP", true),
    ("dime", "USD", true),
    ("dimes", "USD", true),
    ("buck", "USD", true),
    ("bucks", "USD", true),
    ("us dollar", "USD", false),
    ("u.s. dollar", "USD", false),
    ("canadian dollar", "CAD", false),
    ("australian dollar", "AUD", false),
    ("chinese yuan", "CNY", false),
    ("rmb", "CNY", false),
    ("kuai", "CNY", false),
    ("markka", "FIM", false),
    ("markkaa", "FIM", false),
    ("finnish markka", "FIM", false),
    ("peseta", "ESP", false),
    ("pesetas", "ESP", false),
    ("guilder", "NLG", false),
    ("guilders", "NLG", false),
    ("dutch guilders", "NLG", false),
    ("deutsche marks", "DEM", false),
    ("french francs", "FRF", false),
    ("lire", "ITL", false),
    ("dinar", "KWD", true),
    ("dinars", "KWD", true),
    ("kuwaiti dinar", "KWD", false),
    ("kuwaiti dinars", "KWD", false),
    ("iraqi dinars", "IQD", false),
    ("jordanian dinars", "JOD", false),
    ("rial", "IRR", true),
    ("rials", "IRR", true),
    ("iranian rials", "IRR", false),
    ("qatari riyal", "QAR", false),
    ("qatari riyals", "QAR", false),
    ("saudi riyal", "SAR", false),
    ("saudi riyals", "SAR", false),
    ("lebanese pound", "LBP", false),
    ("lebanese pounds", "LBP", false),
    ("egyptian pound", "EGP", false),
    ("egyptian pounds", "EGP", false),
    ("ringgit", "MYR", false),
    ("ringgits", "MYR", false),
    ("malaysian ringgit", "MYR", false),
    ("malaysian ringgits", "MYR", false),
    ("malaysia ringgit", "MYR", false),
    ("malaysia ringgits", "MYR", false),
    ("tugrik", "MNT", false),
    ("tugriks", "MNT", false),
    ("baht", "THB", false),
    ("rupiah", "IDR", false),
    ("dong", "VND", false),
    ("kroner", "NOK", true),
    ("koruna", "CZK", false),
    ("forint", "HUF", false),
    ("forints", "HUF", false),
    ("leu", "RON", false),
    ("lei", "RON", false),
    ("lev", "BGN", false),
    ("leva", "BGN", false),
    ("taka", "BDT", false),
    ("cedi", "GHS", false),
    ("cedis", "GHS", false),
    ("kwacha", "ZMW", false),
    ("satoshi", "BTC", false),
    ("satoshis", "BTC", false),
    ("sen", "MYR", true),
    ("sens", "MYR", true),
    ("kopiykas", "UAH", false),
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
    ("deg", "degree"),
    ("deg.", "degree"),
    ("deg c", "°C"),
    ("deg f", "°F"),
    ("deg celsius", "°C"),
    ("deg fahrenheit", "°F"),
    ("degrees centigrade", "°C"),
    ("centigrade", "°C"),
    ("celcius", "°C"),
    ("°", "degree"),
    ("° c", "°C"),
    ("° f", "°F"),
    // "-34 °C." closing a sentence: the period stays on the capital letter.
    ("° c.", "°C"),
    ("° f.", "°F"),
    ("kelvin", "K"),
    ("kelvins", "K"),
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
    ("hrs", "h"),
    ("days", "day"),
    ("weeks", "week"),
    ("months", "month"),
    ("years", "year"),
    ("hour", "h"),
    ("day", "day"),
    ("week", "week"),
    ("month", "month"),
    ("year", "year"),
    ("dm", "dm"),
    ("decimeter", "dm"),
    ("decimeters", "dm"),
    ("millimeter", "mm"),
    ("millimetre", "mm"),
    ("centimetre", "cm"),
    ("nm", "nm"),
    ("nanometer", "nm"),
    ("nanometers", "nm"),
    ("nanometre", "nm"),
    ("nanometres", "nm"),
    ("picometer", "picometer"),
    ("picometers", "picometer"),
    ("microgram", "µg"),
    ("micrograms", "µg"),
    ("microgramme", "µg"),
    ("microgrammes", "µg"),
    ("µg", "µg"),
    ("μg", "µg"),
    ("mcg", "µg"),
    ("milligram", "mg"),
    ("gramme", "g"),
    ("grammes", "g"),
    ("kilogramme", "kg"),
    ("kilogrammes", "kg"),
    ("tablespoon", "tablespoon"),
    ("tablespoons", "tablespoon"),
    ("tbsp", "tablespoon"),
    ("teaspoon", "teaspoon"),
    ("teaspoons", "teaspoon"),
    ("tsp", "teaspoon"),
    ("cup", "cup"),
    ("cups", "cup"),
    ("pint", "pint"),
    ("pints", "pint"),
    ("quart", "quart"),
    ("quarts", "quart"),
    ("cl", "cl"),
    ("centiliter", "cl"),
    ("centiliters", "cl"),
    ("centilitre", "cl"),
    ("centilitres", "cl"),
    ("milliliter", "ml"),
    ("millilitre", "ml"),
    ("millilitres", "ml"),
    ("cubic feet", "cubic foot"),
    ("cubic foot", "cubic foot"),
    ("cubic meters", "cubic meter"),
    ("cubic metres", "cubic meter"),
    ("cubic kilometers", "cubic kilometer"),
    ("cubic kilometres", "cubic kilometer"),
    ("square kilometer", "km2"),
    ("square mile", "mi2"),
    ("sq mi", "sq mi"),
    ("sq. mi.", "sq mi"),
    ("sq km", "km2"),
    ("kmph", "km/h"),
    ("radian", "radian"),
    ("radians", "radian"),
    ("rad", "radian"),
    ("bit", "bit"),
    ("bits", "bit"),
    ("byte", "byte"),
    ("bytes", "byte"),
    ("kilobyte", "KB"),
    ("kilobytes", "KB"),
    ("megabyte", "MB"),
    ("gigabyte", "GB"),
    ("terabyte", "TB"),
    ("exabyte", "exabyte"),
    ("exabytes", "exabyte"),
    ("watt", "watt"),
    ("watts", "watt"),
    ("kilowatt", "kW"),
    ("megawatt", "MW"),
    ("gigawatt", "GW"),
    ("wh", "watt hour"),
    ("ghz", "GHz"),
    ("mhz", "MHz"),
    ("gigahertz", "GHz"),
    ("megahertz", "MHz"),
    ("hertz", "hertz"),
    ("hz", "hertz"),
    ("ev", "electronvolt"),
    ("tev", "teraelectronvolt"),
    ("joules", "joule"),
    ("joule", "joule"),
    ("calories", "calorie"),
    ("british thermal units", "british thermal unit"),
    ("btu", "british thermal unit"),
    ("lightyears", "light-year"),
    ("light years", "light-year"),
    ("light-years", "light-year"),
    ("knot", "kn"),
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
    ("percentage", "percent"),
    ("percents", "percent"),
    ("per cents", "percent"),
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
    ("well above", Some(Bound::Above), false),
    ("well below", Some(Bound::Below), false),
    ("more than or equal to", Some(Bound::AtLeast), false),
    ("at least or equal to", Some(Bound::AtLeast), false),
    ("or more than", Some(Bound::Above), false),
    ("exceeds", Some(Bound::Above), false),
    ("surpassing", Some(Bound::Above), false),
    ("not exceeding", Some(Bound::AtMost), false),
    ("a little over", Some(Bound::Above), true),
    ("a little under", Some(Bound::Below), true),
    ("less than or equal", Some(Bound::AtMost), false),
];

/// How a holiday falls in a year.
#[derive(Clone, Copy, Debug)]
enum Holiday {
    /// A month and day.
    Fixed(i8, i8),
    /// Days after Easter Sunday.
    Easter(i64),
    /// The nth weekday of a month (−1: the last), plus days.
    Nth(i8, jiff::civil::Weekday, i8, i64),
}

/// Holidays by name (lowercase; an apostrophe is its own token).
const HOLIDAYS: &[(&str, Holiday)] = {
    use jiff::civil::Weekday::{Monday, Thursday};
    &[
        ("christmas", Holiday::Fixed(12, 25)),
        ("christmas day", Holiday::Fixed(12, 25)),
        ("xmas", Holiday::Fixed(12, 25)),
        ("christmas eve", Holiday::Fixed(12, 24)),
        ("boxing day", Holiday::Fixed(12, 26)),
        ("new year's day", Holiday::Fixed(1, 1)),
        ("new year day", Holiday::Fixed(1, 1)),
        ("new year's eve", Holiday::Fixed(12, 31)),
        ("independence day", Holiday::Fixed(7, 4)),
        ("fourth of july", Holiday::Fixed(7, 4)),
        ("halloween", Holiday::Fixed(10, 31)),
        ("valentine's day", Holiday::Fixed(2, 14)),
        ("st. patrick's day", Holiday::Fixed(3, 17)),
        ("st patrick's day", Holiday::Fixed(3, 17)),
        ("saint patrick's day", Holiday::Fixed(3, 17)),
        ("saint patrick", Holiday::Fixed(3, 17)),
        ("earth day", Holiday::Fixed(4, 22)),
        ("juneteenth", Holiday::Fixed(6, 19)),
        ("may day", Holiday::Fixed(5, 1)),
        ("international workers ' day", Holiday::Fixed(5, 1)),
        ("workers ' day", Holiday::Fixed(5, 1)),
        ("easter", Holiday::Easter(0)),
        ("easter sunday", Holiday::Easter(0)),
        ("easter monday", Holiday::Easter(1)),
        ("good friday", Holiday::Easter(-2)),
        ("thanksgiving", Holiday::Nth(11, Thursday, 4, 0)),
        ("thanksgiving day", Holiday::Nth(11, Thursday, 4, 0)),
        ("black friday", Holiday::Nth(11, Thursday, 4, 1)),
        ("labor day", Holiday::Nth(9, Monday, 1, 0)),
        ("memorial day", Holiday::Nth(5, Monday, -1, 0)),
    ]
};

static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let mon = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?";
    let p = format!(
        r"(?ix)^(?:
        (?P<ymd>(?P<y1>\d{{4}})[-/.](?P<m1>\d{{1,2}})[-/.](?P<d1>\d{{1,2}}))
        | (?P<compact>(?P<y2>(?:19|20)\d\d)(?P<m2>[01]\d)(?P<d2>[0-3]\d))
        | (?P<dmy>(?P<a3>\d{{1,2}})[-/.](?P<b3>\d{{1,2}})[-/.](?P<y3>\d{{4}}|\d{{2}}))
        | (?P<ymon>(?P<y4>\d{{4}})[-/](?P<mn4>{mon})[-/](?P<d4>\d{{1,2}}))
        | (?P<dmony>(?P<d5>\d{{1,2}})[-/](?P<mn5>{mon})[-/](?P<y5>\d{{4}}|\d{{2}}))
        | (?P<mond>(?P<mn6>{mon})[-/.]?(?P<d6>\d{{1,2}})(?:[-/](?P<y6>\d{{4}}))?)
        | (?P<mony>(?P<mn7>{mon})[-/](?P<y7>\d{{4}}))
        | (?P<ym>(?P<y8>(?:19|20)\d\d)-(?P<m8>0?[1-9]|1[0-2]))
        | (?P<my>(?P<m9>0?[1-9]|1[0-2])[-/](?P<y9>(?:19|20)\d\d))
        | (?P<md>(?P<a0>\d{{1,2}})(?P<s0>[/.])(?P<b0>\d{{1,2}})(?:,(?P<y0>\d{{4}}|\d{{2}}))?)
        )$"
    );
    Regex::new(&p).expect("valid numeric date regex")
});
static GLUED_MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec)[a-z]*\.?\d{1,2}$")
        .expect("valid glued month regex")
});
/// The end of a list item that is a month and day ("11/20, ", "4/22 or ").
static SLASH_DATE_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\d{1,2}/\d{1,2}(?:,\s*|\s+(?:or|and|to)\s+|\s*[-–]\s*)$")
        .expect("valid slash list regex")
});
static DAY_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2})(st|nd|rd|th)?$").expect("valid day regex"));

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

/// Comparatives a fraction can modify ("a third higher").
const COMPARATIVES: &[&str] = &[
    "higher", "lower", "larger", "smaller", "bigger", "greater", "cheaper", "faster", "slower",
    "longer", "shorter", "fewer", "further", "heavier", "lighter", "wider", "richer", "poorer",
];

/// Words after a number that are never what it counts.
const NOT_COUNTED: &[&str] = &[
    "of", "and", "or", "to", "in", "on", "at", "for", "by", "the", "a", "an", "was", "were", "is",
    "are", "has", "have", "had", "will", "would", "that", "which", "who", "percent", "per", "from",
    "with", "as", "than", "more", "less", "times", "said", "say", "says", "it", "they", "he",
    "she", "this", "these", "those", "his", "her", "their", "its", "ago", "later", "earlier",
    "before", "after", "each", "apiece", "alone", "so", "but", "if", "when", "up", "down", "out",
    "off", "away", "back", "ahead", "again", "together", "too", "now", "then", "here", "there",
    // Modals, auxiliaries and prepositions start the clause after a bare count ("the three could
    // make the trip"), never the noun it counts.
    "could", "should", "can", "cannot", "may", "might", "must", "shall", "do", "does", "did", "be",
    "been", "being", "not", "also", "still", "into", "onto", "over", "under", "about", "through",
    "across", "during", "since", "until", "while", "because", "what", "where", "how", "why", "you",
    "we", "me", "him", "them", "last", "next", "anyway", "instead", "apart", "already", "yet",
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
        r"^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(k|K|M|bn)?[-–~]((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(k|K|M|bn)?$",
    )
    .expect("valid range regex")
});

/// Past forms that tell a sentence is about the past (with the regular "-ed" verbs).
const PAST_VERBS: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "said",
    "told",
    "led",
    "went",
    "came",
    "took",
    "made",
    "gave",
    "saw",
    "began",
    "won",
    "lost",
    "fell",
    "rose",
    "left",
    "met",
    "ran",
    "sent",
    "spent",
    "found",
    "thought",
    "brought",
    "bought",
    "paid",
    "kept",
    "became",
    "wrote",
    "spoke",
    "broke",
    "chose",
    "drove",
    "fought",
    "sold",
    "stood",
    "knew",
    "grew",
    "flew",
    "threw",
    "struck",
    "sought",
    "taught",
    "caught",
    "felt",
    "heard",
    "meant",
    "built",
    "wasn’t",
    "weren’t",
    "didn’t",
    "hadn’t",
    "wasn't",
    "weren't",
    "didn't",
    "hadn't",
    "ago",
    "earlier",
];

/// Words that put a sentence in the present, the future or a condition: a date there may lie
/// after the publication.
const NOT_PAST: &[&str] = &[
    "is",
    "are",
    "am",
    "will",
    "would",
    "shall",
    "should",
    "could",
    "can",
    "may",
    "might",
    "must",
    "won’t",
    "won't",
    "wouldn’t",
    "wouldn't",
    "isn’t",
    "isn't",
    "aren’t",
    "aren't",
    "next",
    "upcoming",
    "due",
    "plans",
    "planning",
    "scheduled",
    "expected",
    "set",
    "tomorrow",
    "until",
    "slated",
    "poised",
];

/// Words in "-ed" that are no past verbs.
const NOT_PAST_ED: &[&str] = &[
    "hundred",
    "united",
    "limited",
    "interested",
    "concerned",
    "supposed",
    "related",
    "based",
    "proposed",
    "planned",
    "scheduled",
    "expected",
    "anticipated",
    "intended",
    "red",
    "bed",
    "naked",
    "wicked",
    "sacred",
    "beloved",
    "rugged",
    "ragged",
    "talented",
    "detailed",
    "advanced",
    "experienced",
    "armed",
    "aged",
    "skilled",
    "unprecedented",
    "undisclosed",
    "unnamed",
];

/// Whether the lowercase word `w` is a past form: "said", "led", "handed".
fn is_past_verb(w: &str) -> bool {
    PAST_VERBS.contains(&w)
        || w.len() >= 5 && w.ends_with("ed") && !w.ends_with("eed") && !NOT_PAST_ED.contains(&w)
}

/// Whether `t` may be a month or weekday name or abbreviation ([`dates::month_number`],
/// [`dates::weekday`], "Feb.", "Fridays"): each has three letters or more, and its first two,
/// in any case, are one of these. A cheap test before those look-ups, which run at every token.
fn may_be_calendar_word(t: &str) -> bool {
    match t.as_bytes() {
        [a, b, _, ..] => matches!(
            [a.to_ascii_lowercase(), b.to_ascii_lowercase()],
            // January … December.
            [b'j', b'a' | b'u']
                | [b'f', b'e']
                | [b'm', b'a']
                | [b'a', b'p' | b'u']
                | [b's', b'e']
                | [b'o', b'c']
                | [b'n', b'o']
                | [b'd', b'e']
                // Monday … Sunday.
                | [b'm', b'o']
                | [b't', b'u' | b'h']
                | [b'w', b'e']
                | [b'f', b'r']
                | [b's', b'a' | b'u']
        ),
        _ => false,
    }
}

/// Whether `t` names a month or a weekday, alone or before other characters ("Feb.", "Dec31",
/// "Fridays").
fn calendar_word(t: &str) -> bool {
    if !may_be_calendar_word(t) {
        return false;
    }
    let letters = t.find(|c: char| !c.is_alphabetic()).map_or(t, |n| &t[..n]);
    let plural = t.strip_suffix('s');
    !letters.is_empty()
        && (dates::month_number(letters).is_some()
            || letters.len() < t.len() && dates::month_number(t).is_some()
            || dates::weekday(t).is_some()
            || plural.is_some_and(|p| dates::weekday(p).is_some()))
}

/// `re.captures(t)` for a pattern whose every match holds one of the characters `needed`:
/// most numbers hold none of them, and the look-up is much cheaper than the pattern.
fn captures_with<'t>(re: &Regex, t: &'t str, needed: &[char]) -> Option<regex::Captures<'t>> {
    if t.contains(needed) {
        re.captures(t)
    } else {
        None
    }
}

/// Whether [`DAY_NUMBER`] ("4", "31st") may match `t`: it has at most two digits (of at most
/// four bytes each) and a two-letter suffix, so no digit as its third character ("2016").
fn may_be_day_number(t: &str) -> bool {
    t.len() <= 10 && !t.chars().nth(2).is_some_and(char::is_numeric)
}

fn table<T: Copy>(t: &[(&str, T)], w: &str) -> Option<T> {
    t.iter().find(|(k, _)| *k == w).map(|(_, v)| *v)
}

/// The entries of a phrase table by the first byte of their phrase. [`Reader::phrase_at`] needs
/// the token's lowercase text to be a prefix of the phrase, so only the bucket of the token's
/// first byte can match (an empty token, never seen, falls back to the whole table). Built once;
/// the order inside a bucket is the table's, so "first/last longest" choices are unchanged.
struct FirstByte {
    buckets: Vec<Vec<u16>>,
    all: Vec<u16>,
}

impl FirstByte {
    fn new<'a>(phrases: impl Iterator<Item = &'a str>) -> FirstByte {
        let mut buckets = vec![Vec::new(); 256];
        let mut all = Vec::new();
        for (n, p) in phrases.enumerate() {
            let n = u16::try_from(n).expect("phrase tables are small");
            all.push(n);
            match p.as_bytes().first() {
                Some(&b) => buckets[usize::from(b)].push(n),
                None => buckets.iter_mut().for_each(|v| v.push(n)),
            }
        }
        FirstByte { buckets, all }
    }

    /// The indices of the entries that may start with `lower`.
    fn candidates(&self, lower: &str) -> &[u16] {
        match lower.as_bytes().first() {
            Some(&b) => &self.buckets[usize::from(b)],
            None => &self.all,
        }
    }
}

/// The words a spelled number can start with (see [`Reader::words_at`]): cardinals, scales,
/// ordinals, "a"/"an", "half", "quarter", "dozens". Hyphenated words are checked apart.
static NUMBER_WORD_STARTS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    UNITS
        .iter()
        .chain(SCALES)
        .chain(ORDINALS)
        .map(|e| e.0)
        .chain(["a", "an", "half", "quarter", "dozens", "tens"])
        .collect()
});

/// Currency words that may stand before an amount ("dollar 22.5 million", "ringgit 42").
const CURRENCY_BEFORE: &[(&str, &str)] = &[
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("ringgit", "MYR"),
    ("ringgits", "MYR"),
    ("malaysian ringgit", "MYR"),
    ("malaysia ringgit", "MYR"),
    ("malaysian ringgits", "MYR"),
    ("malaysia ringgits", "MYR"),
    ("rupees", "INR"),
    ("yuan", "CNY"),
    ("sen", "MYR"),
    ("rmb", "CNY"),
    ("usd", "USD"),
];

static CURRENCY_BEFORE_BY_BYTE: LazyLock<FirstByte> =
    LazyLock::new(|| FirstByte::new(CURRENCY_BEFORE.iter().map(|e| e.0)));

/// The ASCII first bytes a currency sign can start with: a sign's own first byte, or a dollar
/// prefix's either case ("US$", "hk$", "HK$"). Bytes from 0x80 are never ruled out.
static SIGN_FIRST_BYTES: LazyLock<[bool; 128]> = LazyLock::new(|| {
    let mut t = [false; 128];
    for b in CURRENCY_SIGNS.iter().filter_map(|e| e.0.bytes().next()) {
        if b < 128 {
            t[usize::from(b)] = true;
        }
    }
    for b in DOLLAR_PREFIXES.iter().filter_map(|e| e.0.bytes().next()) {
        if b < 128 {
            t[usize::from(b.to_ascii_lowercase())] = true;
            t[usize::from(b.to_ascii_uppercase())] = true;
        }
    }
    t
});

/// The words [`Reader::date_start_token`] admits by themselves (besides numbers, calendar
/// words and holidays): the openers of relative dates and the named days.
const DATE_WORDS: &[&str] = &[
    "the",
    "this",
    "next",
    "last",
    "previous",
    "past",
    "following",
    "coming",
    "upcoming",
    "current",
    "in",
    "within",
    "few",
    "several",
    "yesterday",
    "today",
    "tomorrow",
    "tmrw",
    "tmr",
    "day",
];

/// The texts an amount can open with, bar numbers: qualifier phrases ("more than", "about"),
/// currency words before an amount ("dollar", "ringgit"), currency signs ("US$", "€", "Fr."),
/// dollar prefixes with their sign ("hk$", "c $"), the words [`Reader::qualifier_at`] and
/// [`Reader::sign_at`] test apart, and "between", "from", "absolute". [`Reader::phrase_at`] and
/// [`Reader::currency_sign_at`] need the first token to be a prefix of one of these.
fn amount_openers() -> Vec<String> {
    let words = [
        // Comparatives before "or equal than/to", and verbs of excess (`qualifier_at`).
        "more",
        "greater",
        "higher",
        "larger",
        "bigger",
        "above",
        "over",
        "less",
        "fewer",
        "smaller",
        "lower",
        "below",
        "under",
        "exceed",
        "exceeds",
        "exceeded",
        "surpass",
        "surpasses",
        ">",
        "≥",
        "<",
        "≤",
        // Signs (`sign_at`), ranges and "absolute zero" (`amount_grammar`).
        "-",
        "−",
        "minus",
        "negative",
        "between",
        "from",
        "absolute",
    ];
    QUALIFIERS
        .iter()
        .map(|e| e.0.to_string())
        .chain(CURRENCY_BEFORE.iter().map(|e| e.0.to_string()))
        .chain(CURRENCY_SIGNS.iter().map(|e| e.0.to_string()))
        .chain(DOLLAR_PREFIXES.iter().map(|e| format!("{}$", e.0)))
        .chain(words.map(str::to_string))
        .collect()
}

/// Bits of [`WORD_STARTS`]: a lowercase token is a word of [`NUMBER_WORD_STARTS`], a word of
/// [`DATE_WORDS`], a prefix of a holiday name, or a prefix of one of [`amount_openers`].
const OPENS_NUMBER: u8 = 1;
const OPENS_DATE: u8 = 2;
const OPENS_HOLIDAY: u8 = 4;
const OPENS_AMOUNT: u8 = 8;

/// What a lowercase token may open, for [`Reader::starts`]: one look-up per token instead of
/// one per table. Prefixes are stored lowercased, as the token is looked up ("US$" is found
/// as "us$", "Fr." as "fr.").
static WORD_STARTS: LazyLock<HashMap<String, u8>> = LazyLock::new(|| {
    let mut map: HashMap<String, u8> = HashMap::default();
    let mut add = |w: &str, bit: u8| *map.entry(w.to_string()).or_default() |= bit;
    for w in NUMBER_WORD_STARTS.iter() {
        add(w, OPENS_NUMBER);
    }
    for w in DATE_WORDS {
        add(w, OPENS_DATE);
    }
    fn prefixes(p: &str) -> impl Iterator<Item = &str> {
        p.char_indices().map(|(n, _)| &p[..n]).chain([p])
    }
    for (name, _) in HOLIDAYS {
        for q in prefixes(name) {
            add(q, OPENS_HOLIDAY);
        }
    }
    for opener in amount_openers() {
        for q in prefixes(&opener) {
            add(q, OPENS_AMOUNT);
            add(&q.to_lowercase(), OPENS_AMOUNT);
        }
    }
    map
});

/// Bits of [`Reader::starts`]: worked out, a date may start, an amount may start.
const STARTS_KNOWN: u8 = 1;
const STARTS_DATE: u8 = 2;
const STARTS_AMOUNT: u8 = 4;

static QUALIFIERS_BY_BYTE: LazyLock<FirstByte> =
    LazyLock::new(|| FirstByte::new(QUALIFIERS.iter().map(|e| e.0)));
static CURRENCY_WORDS_BY_BYTE: LazyLock<FirstByte> =
    LazyLock::new(|| FirstByte::new(CURRENCY_WORDS.iter().map(|e| e.0)));
static MEASURE_UNITS_BY_BYTE: LazyLock<FirstByte> =
    LazyLock::new(|| FirstByte::new(MEASURE_UNITS.iter().map(|e| e.0)));
static PERCENT_WORDS_BY_BYTE: LazyLock<FirstByte> =
    LazyLock::new(|| FirstByte::new(PERCENT_WORDS.iter().map(|e| e.0)));
static HOLIDAYS_BY_BYTE: LazyLock<FirstByte> =
    LazyLock::new(|| FirstByte::new(HOLIDAYS.iter().map(|e| e.0)));

/// A parsed number: its tokens, value, and what shaped it.
#[derive(Clone, Debug)]
struct Num {
    end: usize,
    value: f64,
    words: bool,
    approximate: bool,
    ordinal: bool,
    year_like: bool,
    /// Letters glued after the digits that are not a scale ("200lbs" → "lbs", "115USD" → "USD").
    suffix: Option<String>,
}

impl Num {
    fn new(end: usize, value: f64) -> Num {
        Num {
            end,
            value,
            words: false,
            approximate: false,
            ordinal: false,
            year_like: false,
            suffix: None,
        }
    }
}

static SCIENTIFIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d+(?:\.\d+)?)[eE](?:([+-]?\d{1,3}))?$").expect("valid scientific regex")
});
static SLASH_FRACTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,4})/(\d{1,4})$").expect("valid fraction regex"));
static NUMBER_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(\D.*)?$")
        .expect("valid number prefix regex")
});
/// A mantissa times a base, the exponent glued after ("1.3x10", "8x2") or inside ("5.5x10-3").
static TIMES_BASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,6}(?:\.\d{1,12})?)[xX](10|2)(?:[-−](\d{1,3}))?$")
        .expect("valid power regex")
});
static GROUP3: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{3}(?:\.\d+)?$").expect("valid group regex"));

/// Whether `a/b` reads as a fraction: a proper fraction with a round denominator ("3/4", "1/40",
/// "20/100"), not a date or a name ("9/11", "24/7").
fn is_fraction(a: f64, b: f64) -> bool {
    let bi = b as u64;
    a < b && b > 1.0 && (bi <= 10 || bi % 4 == 0 || bi % 5 == 0)
}

/// The value of a glued scale suffix ("5k", "1.2M", "10bn", ".0012G"); "m" is left to the caller
/// (million after money, metre otherwise) and "G" needs a decimal point ("5G" is a network).
fn glued_scale(suffix: &str, digits: &str) -> Option<f64> {
    Some(match suffix {
        "k" | "K" => 1e3,
        "M" | "mn" | "mln" | "MM" | "mil" => 1e6,
        "bn" | "bln" | "b" | "B" => 1e9,
        "G" if digits.contains('.') => 1e9,
        "tn" | "trn" | "tln" | "T" => 1e12,
        _ => return None,
    })
}

/// Whether letters glued after digits may be a unit or a currency ("lbs", "ml", "USD", "US").
fn plausible_suffix(suffix: &str) -> bool {
    // One capital letter is a name or a generation ("5G", "13F", "4K" is a scale above).
    if suffix.len() == 1 && suffix.chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let lower = suffix.to_lowercase();
    if matches!(
        lower.as_str(),
        "am" | "pm" | "a.m" | "p.m" | "a.m." | "p.m."
    ) {
        return false;
    }
    table(MEASURE_UNITS, &lower).is_some()
        || glued_unit(suffix).is_some()
        || CURRENCY_SIGNS
            .iter()
            .any(|(sign, _, _)| *sign == suffix && !sign.is_ascii())
        || currency_code(suffix).is_some()
        || matches!(suffix, "US" | "Rs" | "m" | "c")
        || hyphen_unit(suffix).is_some()
}

/// A word joined by a hyphen after digits that is neither a unit nor a currency ("6.0-sigma",
/// "a 10-point lead", "a 5-star hotel"): the number stands, the word is not its unit.
fn compound_word(suffix: &str) -> bool {
    suffix.strip_prefix('-').is_some_and(compound_tail)
}

/// The word of [`compound_word`] after its hyphen: two or more lowercase letters, not a
/// function word ("February 6-this year" is a dash).
fn compound_tail(w: &str) -> bool {
    w.len() >= 2 && w.bytes().all(|b| b.is_ascii_lowercase()) && !NOT_COUNTED.contains(&w)
}

/// A unit or currency joined by a hyphen after a number ("-inch", "-mile", "-year-old",
/// "-cent", "-yen"): the figure kind and the unit (for money, the ISO code).
fn hyphen_unit(suffix: &str) -> Option<(FigureKind, &'static str)> {
    let rest = suffix.strip_prefix('-')?.to_lowercase();
    for (age, unit) in [
        ("year-old", "year"),
        ("year-olds", "year"),
        ("years-old", "year"),
        ("month-olds", "month"),
        ("month-old", "month"),
        ("week-old", "week"),
        ("day-old", "day"),
    ] {
        if rest == age {
            return Some((FigureKind::Age, unit));
        }
    }
    if matches!(rest.as_str(), "pound" | "lb") {
        return Some((FigureKind::Quantity, "lb"));
    }
    if let Some(u) = table(MEASURE_UNITS, &rest).or(match rest.as_str() {
        "bit" => Some("bit"),
        "byte" => Some("byte"),
        "year" => Some("year"),
        "month" => Some("month"),
        "week" => Some("week"),
        "day" => Some("day"),
        "hour" => Some("h"),
        "minute" => Some("min"),
        "second" => Some("s"),
        _ => None,
    }) {
        return Some((FigureKind::Quantity, u));
    }
    CURRENCY_WORDS
        .iter()
        .find(|(w, _, _)| *w == rest)
        .map(|(_, code, _)| (FigureKind::Money, *code))
}

/// An ISO 4217 code as written after or before an amount ("USD", "MYR"; a few lowercase ones,
/// "usd", "rmb").
fn currency_code(t: &str) -> Option<&'static str> {
    // Every code below, "RMB" included, has three ASCII letters.
    if t.len() != 3 {
        return None;
    }
    if t == "RMB" || t == "rmb" {
        return Some("CNY");
    }
    // The table holds upper-case codes only: other tokens (most three-letter words) skip it.
    if t.bytes().all(|b| b.is_ascii_uppercase()) {
        return CURRENCY_CODES.iter().find(|c| **c == t).copied();
    }
    (matches!(
        t,
        "usd" | "eur" | "gbp" | "cny" | "jpy" | "inr" | "aud" | "cad" | "chf"
    ))
    .then(|| {
        let upper = t.to_uppercase();
        CURRENCY_CODES.iter().find(|c| **c == upper).copied()
    })
    .flatten()
}

static PREFIXED_MONEY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Za-z]{2,3})(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$").expect("valid prefix regex")
});

/// Units written glued to digits that the word table does not hold ("24703m2", "0.8rad").
fn glued_unit(suffix: &str) -> Option<&'static str> {
    Some(match suffix {
        "m2" | "m²" => "m2",
        "km2" | "km²" => "km2",
        "rad" => "radian",
        "kmph" | "kph" => "km/h",
        "t" => "t",
        "yo" => "year",
        // Only reached for a temperature (see `Reader::digits_at`): "30C", "-10F", "573.15K".
        "C" => "°C",
        "F" => "°F",
        "K" => "K",
        _ => return None,
    })
}

/// A Unicode vulgar fraction ("½", "¾").
fn vulgar_fraction(t: &str) -> Option<f64> {
    Some(match t {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅖" => 0.4,
        "⅗" => 0.6,
        "⅘" => 0.8,
        "⅙" => 1.0 / 6.0,
        "⅚" => 5.0 / 6.0,
        "⅛" => 0.125,
        "⅜" => 0.375,
        "⅝" => 0.625,
        "⅞" => 0.875,
        _ => return None,
    })
}

/// An ordinal word, plain or hyphenated ("eleventh", "twenty-first").
fn ordinal_word(w: &str) -> Option<f64> {
    if let Some(o) = table(ORDINALS, w) {
        return Some(o);
    }
    let (tens, unit) = w.split_once('-')?;
    let t = table(UNITS, tens).filter(|t| *t >= 20.0 && t % 10.0 == 0.0)?;
    let o = table(ORDINALS, unit).filter(|o| *o < 10.0)?;
    Some(t + o)
}

/// A hyphenated cardinal ("fifty-four").
fn hyphen_cardinal(w: &str) -> Option<f64> {
    let (tens, unit) = w.split_once('-')?;
    let t = table(UNITS, tens).filter(|t| *t >= 20.0 && t % 10.0 == 0.0)?;
    let u = table(UNITS, unit).filter(|u| (1.0..10.0).contains(u))?;
    Some(t + u)
}

// ---------------------------------------------------------------------------------------------

/// Runs the figure stage.
pub(crate) fn run(doc: &Doc<'_>, quotes: &[QuoteDraft]) -> Vec<FigureDraft> {
    let reader = Reader::new(doc);
    let mut out = Vec::new();
    let read = |s: Range<usize>, out: &mut Vec<FigureDraft>| {
        let mut found: Vec<(Range<usize>, FigureDraft)> = Vec::new();
        reader.no_number.borrow_mut().reset(s.clone());
        let mut i = s.start;
        while i < s.end {
            if let Some((end, mut f)) = reader
                .date_at(i, s.end)
                .or_else(|| reader.amount_at(i, s.end))
            {
                years_of_range(&reader.doc.text[f.range.clone()], &mut f);
                let (start, end) = reader.magnitude(i, end, s.end, &mut f);
                found.push((start..end, f));
                i = end.max(i + 1);
            } else {
                // "nrs. 22,24,26", "three-nought-four": a list written as one token.
                reader.list_token(i, |f| found.push((i..i + 1, f)));
                i += 1;
            }
        }
        reader.link_sentence(s, &mut found);
        out.extend(found.into_iter().map(|(_, f)| f));
    };
    // Sentences are read one at a time (no list of them: a million one-line paragraphs).
    let mut pending: Option<Range<usize>> = None;
    for s in &doc.sentences {
        if !matches!(
            doc.layout.blocks[s.block()].kind,
            BlockKind::Paragraph | BlockKind::Headline | BlockKind::Standfirst | BlockKind::Caption
        ) {
            continue;
        }
        // The splitter cuts before digits after a period; a decimal point glued to its digits
        // ("USD3.14", "a .650 winning percentage") joins the two halves again.
        match pending.as_mut() {
            Some(last)
                if last.end == s.tokens().start
                    && last.end > last.start
                    && s.tokens().end > s.tokens().start
                    && reader.tok(last.end - 1) == "."
                    && reader.glued(last.end - 1, last.end)
                    && doc.tokens[last.end].kind == TokenKind::Number =>
            {
                last.end = s.tokens().end;
            }
            _ => {
                if let Some(done) = pending.replace(s.tokens()) {
                    read(done, &mut out);
                }
            }
        }
    }
    if let Some(done) = pending {
        read(done, &mut out);
    }
    claims(&mut out, quotes);
    out
}

/// "the 2021-2023 Model S", "between 2019 and 2021": a range of years (no more than 30 apart,
/// written without separators), not a count or a plain range; its date is the first year.
fn years_of_range(text: &str, f: &mut FigureDraft) {
    let (Some(a), Some(b)) = (f.value, f.value_max) else {
        return;
    };
    let year = |v: f64| v.fract() == 0.0 && (1900.0..=2100.0).contains(&v);
    if matches!(f.kind, FigureKind::Number | FigureKind::Count)
        && year(a)
        && year(b)
        && a < b
        && b - a <= 30.0
        && f.currency.is_none()
        && f.unit.is_none()
        && f.bound.is_none()
        && !f.approximate
        && !text.contains([',', '.'])
    {
        f.kind = FigureKind::Year;
        f.counted = None;
        f.category = None;
        f.date = Some(format!("{:04}", a as i64));
        f.date_anchor = Some(DateAnchor::Absolute);
    }
}

struct Reader<'d, 'a> {
    doc: &'d Doc<'a>,
    /// [`Reader::number_at`] per token, with the sentence end it was read to: the date and
    /// amount matchers ask for the same number several times at each token. Tokens that read
    /// as a number are in `numbers`; `no_number[i]` is 1 + the end token `i` read as none to.
    numbers: RefCell<HashMap<usize, ReadNumber>>,
    no_number: RefCell<NoNumber>,
    /// [`Reader::starts`] per token; 0 until worked out.
    starts: Vec<Cell<u8>>,
    /// Set while [`Reader::earlier_date`] reads back: a "later" found then looks no further.
    seeking_earlier: Cell<bool>,
}

/// A memoised [`Reader::number_at`]: the sentence end it was read to, and the number.
type ReadNumber = (usize, Option<Num>);

/// The tokens read as no number, for the tokens of the sentence being read (from `base`):
/// `slots[i - base]` is 1 + the end token `i` read as none to, 0 if not read. A slot per token of
/// the document cost 4 bytes a token (a million one-word lines, issue #9); a number is only
/// asked for up to the sentence end, so the memo of one sentence is the useful part.
#[derive(Default)]
struct NoNumber {
    base: usize,
    slots: Vec<u32>,
}

impl NoNumber {
    /// Starts the memo of `tokens`.
    fn reset(&mut self, tokens: Range<usize>) {
        self.base = tokens.start;
        self.slots.clear();
        self.slots.resize(tokens.len(), 0);
    }

    fn get(&self, i: usize) -> Option<u32> {
        self.slots.get(i.wrapping_sub(self.base)).copied()
    }

    fn slot(&mut self, i: usize) -> Option<&mut u32> {
        self.slots.get_mut(i.wrapping_sub(self.base))
    }
}

impl<'d, 'a> Reader<'d, 'a> {
    fn new(doc: &'d Doc<'a>) -> Reader<'d, 'a> {
        Reader {
            doc,
            numbers: RefCell::new(HashMap::default()),
            no_number: RefCell::new(NoNumber::default()),
            seeking_earlier: Cell::new(false),
            starts: vec![Cell::new(0); doc.tokens.len()],
        }
    }

    fn tok(&self, i: usize) -> &'d str {
        let r = self.doc.tokens[i].range();
        &self.doc.text[r]
    }

    fn lower(&self, i: usize) -> &'d str {
        self.doc.lower(i)
    }

    /// Whether tokens `a` and `b` touch (no space between them).
    fn glued(&self, a: usize, b: usize) -> bool {
        self.doc.tokens[a].end() == self.doc.tokens[b].start()
    }

    /// Whether exactly one space separates tokens `a` and `b`.
    fn gap_is_space(&self, a: usize, b: usize) -> bool {
        let gap = &self.doc.text[self.doc.tokens[a].end()..self.doc.tokens[b].start()];
        gap.chars().count() == 1 && gap.chars().all(char::is_whitespace)
    }

    fn range(&self, a: usize, b: usize) -> Range<usize> {
        self.doc.tokens[a].start()..self.doc.tokens[b - 1].end()
    }

    /// Whether tokens `i..` spell `phrase` (lowercase, words separated by spaces); returns the
    /// token after it.
    fn phrase_at(&self, i: usize, end: usize, phrase: &str) -> Option<usize> {
        // Most phrases of a table fail on their first bytes: reject those before splitting.
        if i >= end || !phrase.starts_with(self.lower(i)) {
            return None;
        }
        let mut j = i;
        for word in phrase.split(' ') {
            if j >= end {
                return None;
            }
            // A phrase word may span several tokens ("u.s." vs "U.S.", "km/h"); compare in place.
            let first = self.lower(j);
            j += 1;
            if first == word {
                continue;
            }
            if !word.starts_with(first) {
                return None;
            }
            let mut got = first.len();
            while got < word.len()
                && j < end
                && self.doc.tokens[j].start() == self.doc.tokens[j - 1].end()
            {
                let next = self.lower(j);
                if !word[got..].starts_with(next) {
                    return None;
                }
                got += next.len();
                j += 1;
            }
            if got != word.len() {
                return None;
            }
        }
        Some(j)
    }

    /// The longest entry of `phrases` (indexed by `index`) at token `i`.
    fn longest<T: Copy>(
        &self,
        i: usize,
        end: usize,
        phrases: &[(&str, T)],
        index: &FirstByte,
    ) -> Option<(usize, T)> {
        if i >= end {
            return None;
        }
        index
            .candidates(self.lower(i))
            .iter()
            .map(|&n| &phrases[usize::from(n)])
            .filter_map(|(p, v)| self.phrase_at(i, end, p).map(|j| (j, *v)))
            .max_by_key(|(j, _)| *j)
    }

    // -----------------------------------------------------------------------------------------
    // Numbers.

    /// A list written as one token, each item a number: digits joined by commas that are not a
    /// grouped number ("exercises 22,24,26,31"), or single digits spelled and joined by hyphens
    /// ("three-nought-four"). Calls `emit` per item; nothing for other tokens.
    fn list_token(&self, i: usize, mut emit: impl FnMut(FigureDraft)) {
        let t = self.tok(i);
        let start = self.doc.tokens[i].start();
        let mut item = |from: usize, to: usize, value: f64| {
            let mut f = FigureDraft::new(FigureKind::Number, start + from..start + to);
            f.value = Some(value);
            emit(f);
        };
        match self.doc.tokens[i].kind {
            TokenKind::Number => {
                // A list in running text is short: a longer run of commas is no list.
                if t.len() > 64
                    || t.bytes().filter(|b| *b == b',').count() < 2
                    || NUMBER_LITERAL.is_match(t)
                    || NUMBER_PREFIX
                        .captures(t)
                        .is_some_and(|c| c.get(2).is_none())
                    || !t.split(',').all(|p| {
                        (1..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
                    })
                {
                    return;
                }
                let mut from = 0;
                for p in t.split(',') {
                    item(from, from + p.len(), p.parse().unwrap_or(0.0));
                    from += p.len() + 1;
                }
            }
            TokenKind::Word => {
                if t.len() > 64 || t.bytes().filter(|b| *b == b'-').count() < 2 {
                    return;
                }
                let lower = self.lower(i);
                let digit = |p: &str| table(UNITS, p).filter(|v| *v < 10.0);
                if !lower.split('-').all(|p| digit(p).is_some()) || lower.len() != t.len() {
                    return;
                }
                let mut from = 0;
                for p in lower.split('-') {
                    item(from, from + p.len(), digit(p).unwrap_or(0.0));
                    from += p.len() + 1;
                }
            }
            _ => {}
        }
    }

    /// A number at token `i`: digits ("35,000", "1.5", "5bn"), words ("two million", "a dozen",
    /// "half a million", "forty two and a third") or both ("1.5 million").
    fn number_at(&self, i: usize, end: usize) -> Option<Num> {
        if i >= end {
            return None;
        }
        let end32 = u32::try_from(end + 1).unwrap_or(0);
        if end32 != 0 && self.no_number.borrow().get(i) == Some(end32) {
            return None;
        }
        if let Some((e, n)) = self.numbers.borrow().get(&i) {
            if *e == end {
                return n.clone();
            }
        }
        let n = self.read_number(i, end);
        // Most tokens read as no number: remember those in 4 bytes, the rest in a map, so the
        // memo stays small next to the tokens (a million one-word lines).
        match &n {
            None => {
                if let Some(slot) = self.no_number.borrow_mut().slot(i) {
                    *slot = end32;
                }
            }
            Some(_) => {
                self.numbers.borrow_mut().insert(i, (end, n.clone()));
            }
        }
        n
    }

    fn read_number(&self, i: usize, end: usize) -> Option<Num> {
        let t = self.tok(i);
        let kind = self.doc.tokens[i].kind;
        // "six-mile", "three-ton", "two-year-old", "one-yen": a word number and a unit.
        if kind == TokenKind::Word && !t.starts_with(|c: char| c.is_ascii_digit()) {
            if let Some((left, right)) = t.split_once('-') {
                let l = left.to_lowercase();
                let v = table(UNITS, &l).filter(|_| l != "oh");
                if let Some(v) = v.filter(|_| hyphen_unit(&format!("-{right}")).is_some()) {
                    let mut n = Num::new(i + 1, v);
                    n.words = true;
                    n.suffix = Some(format!("-{right}"));
                    return Some(n);
                }
            }
        }
        if let Some(f) = vulgar_fraction(t) {
            return Some(Num::new(i + 1, f));
        }
        // A leading decimal point: ".08" arrives as "." and "08".
        if t == "."
            && i + 1 < end
            && self.glued(i, i + 1)
            && self.tok(i + 1).bytes().all(|b| b.is_ascii_digit())
            && !(i > 0 && self.glued(i - 1, i) && self.doc.tokens[i - 1].kind != TokenKind::Punct)
        {
            let v: f64 = format!("0.{}", self.tok(i + 1)).parse().ok()?;
            return Some(Num::new(i + 2, v));
        }
        if kind == TokenKind::Number
            || (kind == TokenKind::Word && t.starts_with(|c: char| c.is_ascii_digit()))
        {
            return self.digits_at(i, end);
        }
        let n = self.words_at(i, end)?;
        // "one one hundredth", "one one hundred fifth": one before a spelled ordinal that starts
        // with "one" is a fraction (1/100, 1/105).
        if n.end == i + 1 && n.end < end && self.lower(i) == "one" && self.lower(n.end) == "one" {
            if let Some(d) = self.words_at(n.end, end) {
                if d.ordinal && d.value >= 3.0 && d.value.fract() == 0.0 {
                    let mut f = Num::new(d.end, 1.0 / d.value);
                    f.words = true;
                    return Some(f);
                }
            }
        }
        Some(n)
    }

    fn digits_at(&self, i: usize, end: usize) -> Option<Num> {
        let t = self.tok(i);
        // A sentence period glued to a token with letters ("1.3e6.") is not part of it.
        let t = t
            .strip_suffix('.')
            .filter(|x| x.contains(|c: char| c.is_alphabetic()))
            .unwrap_or(t);
        // Scientific notation: "1e10", "1.3e6", "-12e-1" (one token) or "12.32e" "+" "14".
        if let Some(c) = captures_with(&SCIENTIFIC, t, &['e', 'E']) {
            let m: f64 = c[1].parse().ok()?;
            let (exp, k) = if let Some(e) = c.get(2) {
                (e.as_str().parse::<i32>().ok()?, i + 1)
            } else if i + 2 < end
                && self.glued(i, i + 1)
                && self.glued(i + 1, i + 2)
                && matches!(self.tok(i + 1), "+" | "-" | "−")
                && self.tok(i + 2).bytes().all(|b| b.is_ascii_digit())
            {
                let e: i32 = self
                    .tok(i + 2)
                    .get(..3.min(self.tok(i + 2).len()))?
                    .parse()
                    .ok()?;
                (if self.tok(i + 1) == "+" { e } else { -e }, i + 3)
            } else {
                return None;
            };
            return Some(Num::new(k, m * 10f64.powi(exp.clamp(-300, 300))));
        }
        // Fractions written with a slash: "3/4", "1/40" (not "9/11" or "24/7").
        if let Some(c) = captures_with(&SLASH_FRACTION, t, &['/']) {
            let (a, b): (f64, f64) = (c[1].parse().ok()?, c[2].parse().ok()?);
            return is_fraction(a, b).then(|| Num::new(i + 1, a / b));
        }
        // Powers: "1.3x10^6", "8x2^10", "5.5x10-3" (one token), "2.48×10−5", "2.5^-1".
        if let Some(c) = captures_with(&TIMES_BASE, t, &['x', 'X']) {
            let (m, base): (f64, f64) = (c[1].parse().ok()?, c[2].parse().ok()?);
            let (exp, k) = match c.get(3) {
                Some(e) => (-e.as_str().parse::<i32>().ok()?, i + 1),
                None => self.exponent_at(i + 1, "^")?,
            };
            let v = m * base.powi(exp);
            return v.is_finite().then(|| Num::new(k, v));
        }
        let literal = NUMBER_LITERAL.is_match(t);
        if literal && i + 2 < self.doc.tokens.len() && self.glued(i, i + 1) {
            let base = parse_literal(t)?;
            if self.tok(i + 1) == "×" && self.glued(i + 1, i + 2) && self.tok(i + 2) == "10" {
                let (exp, k) = self
                    .exponent_at(i + 3, "^")
                    .or_else(|| self.exponent_at(i + 3, ""))?;
                let v = base * 10f64.powi(exp);
                return v.is_finite().then(|| Num::new(k, v));
            }
            if let Some((exp, k)) = self.exponent_at(i + 1, "^") {
                let v = base.powi(exp);
                return v.is_finite().then(|| Num::new(k, v));
            }
        }
        let (mut value, mut j, ordinal, mut suffix) = if literal {
            (parse_literal(t)?, i + 1, false, None)
        } else {
            let c = NUMBER_PREFIX.captures(t)?;
            let v: f64 = c[1].replace(',', "").parse().ok()?;
            // A sentence period glued to the letters ("115.5USD.") is not part of them.
            let suf = c.get(2).map_or("", |m| m.as_str());
            let suf = suf.strip_suffix('.').filter(|x| x.len() > 1).unwrap_or(suf);
            match suf {
                "" => (v, i + 1, false, None),
                "st" | "nd" | "rd" | "th" => (v, i + 1, true, None),
                "s" => {
                    let mut n = Num::new(i + 1, v);
                    n.approximate = true;
                    n.year_like = true;
                    return (c[1].len() == 4).then_some(n);
                }
                // "573.15K" after a temperature is kelvins, not thousands; "30C", "-10F" are
                // temperatures ("Form 3C" is a label).
                "K" if self.temperature_before(i) => (v, i + 1, false, Some(suf.to_string())),
                // "a $1.6-trillion plan", "a $1-billion suit", "a 2-million-strong crowd".
                _ if suf
                    .strip_prefix('-')
                    .and_then(|w| {
                        let w = w.split('-').next().unwrap_or(w);
                        table(SCALES, w).filter(|_| w.len() > 4 && !w.ends_with('s'))
                    })
                    .is_some() =>
                {
                    let w = suf[1..].split('-').next().unwrap_or("");
                    (v * table(SCALES, w).unwrap_or(1.0), i + 1, false, None)
                }
                "C" | "F"
                    if !self.label_before(i)
                        && !self.glued_to_more(i)
                        && (suf == "C" || self.temperature_before(i) || self.negative_at(i)) =>
                {
                    (v, i + 1, false, Some(suf.to_string()))
                }
                _ => match glued_scale(suf, &c[1]) {
                    Some(scale) => (v * scale, i + 1, false, None),
                    None if plausible_suffix(suf) || compound_word(suf) => {
                        (v, i + 1, false, Some(suf.to_string()))
                    }
                    None => return None,
                },
            }
        };
        let year_like =
            !t.contains([',', '.']) && t.len() == 4 && (1000.0..3000.0).contains(&value);
        // Digit groups separated by spaces: "1 234 567", "40 000".
        if suffix.is_none() && !ordinal && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()) {
            let mut digits = t.to_string();
            let mut k = j;
            while k < end
                && k < j + 8
                && self.gap_is_space(k - 1, k)
                && GROUP3.is_match(self.tok(k))
                && !digits.contains('.')
            {
                digits.push_str(self.tok(k));
                k += 1;
            }
            if k > j {
                value = digits.parse().ok()?;
                j = k;
            }
        }
        // A mixed fraction: "2 1/2", "10 1/2 miles".
        if suffix.is_none() && !ordinal && j < end && value.fract() == 0.0 && j == i + 1 {
            if let Some(c) = captures_with(&SLASH_FRACTION, self.tok(j), &['/']) {
                let (a, b): (f64, f64) = (c[1].parse().ok()?, c[2].parse().ok()?);
                if a < b && is_fraction(a, b) {
                    value += a / b;
                    j += 1;
                }
            } else if let Some(f) = vulgar_fraction(self.tok(j)).filter(|_| self.glued(j - 1, j)) {
                value += f;
                j += 1;
            }
        }
        // Digits then a scale word: "1.5 million", "35 thousand", "5 bn", "3 dozens".
        if j < end && !ordinal && suffix.is_none() {
            let w = self.lower(j);
            if let Some(scale) = table(SCALES, w) {
                value *= scale;
                j += 1;
                // "3 lakh crore", "three thousand millions".
                if let Some(s2) = (j < end).then(|| table(SCALES, self.lower(j))).flatten() {
                    if s2 > scale {
                        value *= s2;
                        j += 1;
                    }
                }
            } else if let Some(scale) = table(SHORT_SCALES, self.tok(j)).filter(|_| {
                matches!(
                    self.tok(j),
                    "bn" | "mn"
                        | "mln"
                        | "tn"
                        | "trn"
                        | "k"
                        | "K"
                        | "bln"
                        | "tln"
                        | "MM"
                        | "G"
                        | "M"
                ) && (self.tok(j) != "G" && self.tok(j) != "M"
                    || t.contains('.') && !(j + 1 < end && self.glued(j, j + 1)))
            }) {
                value *= scale;
                j += 1;
            } else if DOZEN.contains(&w) {
                value *= 12.0;
                j += 1;
            }
            if let Some(scale) = table(SCALES, w).filter(|s| *s >= 100.0 && !w.ends_with('s')) {
                if let Some((k, rest)) = self.scaled_rest(j, end, scale) {
                    value += rest;
                    j = k;
                }
            }
            // "3 million and a half": the fraction is of the scale.
            if j > i + 1 && j + 2 < end && self.lower(j) == "and" {
                if let Some(scale) = scale_of_tail(self, i + 1, j).filter(|s| *s >= 1e3) {
                    if let Some((k, frac)) = self.fraction_at(j + 1, end).filter(|(_, f)| *f < 1.0)
                    {
                        value += frac * scale;
                        j = k;
                    }
                }
            }
        }
        if suffix.as_deref() == Some("") {
            suffix = None;
        }
        Some(Num {
            end: j,
            value,
            words: false,
            approximate: false,
            ordinal,
            year_like: year_like && j == i + 1 && suffix.is_none(),
            suffix,
        })
    }

    /// A ratio after a whole number: "one out of three", "two out of every five", "one in five",
    /// "1 over 3" (closing the clause). The value is the fraction; returns the token after it.
    fn ratio_after(&self, num: &Num, k: usize, end: usize) -> Option<(usize, f64)> {
        if k + 1 >= end
            || num.ordinal
            || num.suffix.is_some()
            || num.approximate
            || num.value.fract() != 0.0
            || num.value < 0.0
        {
            return None;
        }
        let sep = self.lower(k);
        let mut m = match sep {
            "out" if self.lower(k + 1) == "of" => k + 2,
            "in" | "over" => k + 1,
            _ => return None,
        };
        if m < end && self.lower(m) == "every" && sep != "over" {
            m += 1;
        }
        if m >= end {
            return None;
        }
        let den = self.number_at(m, end)?;
        if den.ordinal
            || den.suffix.is_some()
            || den.approximate
            || den.value.fract() != 0.0
            || den.value <= num.value && sep != "over"
            || den.value <= 0.0
        {
            return None;
        }
        let next_word = den.end < end && self.doc.tokens[den.end].kind == TokenKind::Word;
        let ok = match sep {
            // "in 2019", "in 10 days", "1 in 3 hours", "walking 28 in 164 innings" are not
            // ratios: "one in five", "4 in 10", "1 in 100" are.
            "in" => {
                num.value <= 10.0
                    && (den.value <= 100.0 || den.value.log10().fract() == 0.0)
                    && !den.year_like
                    && !(next_word
                        && (self.unit_at(den.end, end, &den).is_some()
                            || self.duration_part(m, end).is_some()))
            }
            // "over" is mostly "more than": only a bare "1 over 3" closing a clause is a ratio.
            "over" => {
                den.end >= end
                    || self.doc.tokens[den.end].kind == TokenKind::Punct
                        && !matches!(self.tok(den.end), "%" | "-" | "/" | "$" | "€" | "£")
            }
            _ => true,
        };
        ok.then_some((den.end, num.value / den.value))
    }

    /// A denominator spelled as a compound ordinal at `j`: "twenty-fifth", "thirty-fifths",
    /// "twenty fifths". Plural, or singular after "one"; returns the token after it.
    fn compound_denominator(&self, j: usize, end: usize, numerator: f64) -> Option<(usize, f64)> {
        let w = self.lower(j);
        let plural = |x: &str| x.len() > 2 && x.ends_with('s');
        if w.contains('-') {
            let single = w.strip_suffix('s').filter(|_| plural(w)).unwrap_or(w);
            let den = ordinal_word(single).filter(|d| *d > 20.0 && d % 10.0 != 0.0)?;
            return (plural(w) || numerator == 1.0).then_some((j + 1, den));
        }
        let tens = table(UNITS, w).filter(|t| *t >= 20.0 && t % 10.0 == 0.0)?;
        let next = self.lower((j + 1 < end).then_some(j + 1)?);
        let single = next
            .strip_suffix('s')
            .filter(|_| plural(next))
            .unwrap_or(next);
        let unit = table(ORDINALS, single).filter(|o| *o < 10.0)?;
        // The tens must not belong to the numerator ("twenty twenty fifths" is 20/25, "one
        // hundred thirty fifths" 100/35; "forty two fifths" is 42/5, read before this).
        let after_tens_ok = numerator < 20.0 || numerator % 10.0 == 0.0;
        (after_tens_ok && (plural(next) || numerator == 1.0)).then_some((j + 2, tens + unit))
    }

    /// An exponent glued at token `k`: `mark` ("^" or nothing), signs ("+", "-", "−"), digits.
    /// Returns the exponent and the token after it; "^--23" is +23.
    fn exponent_at(&self, k: usize, mark: &str) -> Option<(i32, usize)> {
        let n = self.doc.tokens.len();
        let mut j = k;
        if !mark.is_empty() {
            if j >= n || self.tok(j) != mark || !self.glued(j - 1, j) {
                return None;
            }
            j += 1;
        }
        let mut negative = false;
        let mut signs = 0;
        while j < n && matches!(self.tok(j), "+" | "-" | "−") && self.glued(j - 1, j) && signs < 3
        {
            negative ^= self.tok(j) != "+";
            signs += 1;
            j += 1;
        }
        if mark.is_empty() && signs == 0 {
            return None;
        }
        if j >= n || !self.glued(j - 1, j) {
            return None;
        }
        let d = self.tok(j);
        if d.len() > 3 || !d.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let e: i32 = d.parse().ok()?;
        Some((if negative { -e } else { e }, j + 1))
    }

    /// The smaller part after a scaled number in digits: "4 thousand | 3 hundred and 21",
    /// "3 hundred | and 21", "6 crore | and two hundred". After "and" the part must be a number
    /// below a hundred or itself scaled; without "and", scaled ("4 thousand 3 hundred").
    fn scaled_rest(&self, j: usize, end: usize, scale: f64) -> Option<(usize, f64)> {
        let and = j < end && self.lower(j) == "and";
        let m = j + usize::from(and);
        if m >= end {
            return None;
        }
        let rest = self.number_at(m, end)?;
        let scaled = (m..rest.end).any(|x| table(SCALES, self.lower(x)).is_some());
        let plain = rest.value.fract() == 0.0
            && rest.value > 0.0
            && rest.value < scale
            && !rest.ordinal
            && !rest.approximate
            && !rest.year_like
            && rest.suffix.is_none();
        (plain && (scaled || and && scale == 100.0)).then_some((rest.end, rest.value))
    }

    /// `value` times each larger plural scale after it joined by "of" ("hundreds of thousands
    /// of …", "tens of millions"): the value and the end.
    fn scales_of(&self, mut value: f64, mut k: usize, end: usize) -> (f64, usize) {
        while k + 1 < end && self.lower(k) == "of" {
            let w = self.lower(k + 1);
            match table(SCALES, w) {
                Some(scale) if w.ends_with('s') && scale > value => {
                    value *= scale;
                    k += 2;
                }
                _ => break,
            }
        }
        (value, k)
    }

    fn words_at(&self, i: usize, end: usize) -> Option<Num> {
        self.words_inner(i, end, true)
    }

    /// [`Self::words_at`]; `commas` lets a comma continue the number ("three million, two
    /// hundred"), once: the part after the comma is read without it, so that a run of commas
    /// costs linear time.
    fn words_inner(&self, i: usize, end: usize, commas: bool) -> Option<Num> {
        let first = self.lower(i);
        if first == "dozens" {
            let mut n = Num::new(i + 1, 24.0);
            n.words = true;
            n.approximate = true;
            return Some(n);
        }
        // "tens of thousands": ten times the plural scale after it.
        if first == "tens" {
            let (value, k) = self.scales_of(10.0, i + 1, end);
            if k == i + 1 {
                return None;
            }
            let mut n = Num::new(k, value);
            n.words = true;
            n.approximate = true;
            return Some(n);
        }
        if let Some(f) = vulgar_fraction(self.tok(i)) {
            return Some(Num::new(i + 1, f));
        }
        // Most words start no number: reject them before the grammar below.
        if !first.contains('-') && !NUMBER_WORD_STARTS.contains(first) {
            return None;
        }
        let prev = if i > 0 { self.lower(i - 1) } else { "" };
        // "more than half", "nearly half of the votes": a bare "half" after a bound or an
        // approximation is a proportion ("half an hour" is not).
        if first == "half"
            && matches!(
                prev,
                "than"
                    | "nearly"
                    | "almost"
                    | "about"
                    | "around"
                    | "roughly"
                    | "approximately"
                    | "least"
                    | "most"
                    | "over"
                    | "under"
            )
            && !(i + 1 < end
                && (matches!(self.lower(i + 1), "a" | "an" | "-")
                    || table(SCALES, self.lower(i + 1)).is_some()
                    || DOZEN.contains(&self.lower(i + 1))))
        {
            let mut n = Num::new(i + 1, 0.5);
            n.words = true;
            return Some(n);
        }
        if let Some(o) = ordinal_word(first) {
            // "a third of" is a fraction (below); a word ordinal is a figure after a determiner
            // and before a noun ("the third round"); "first" and "second" alone are mostly an
            // adverb and a unit of time.
            let determiner = matches!(
                prev,
                "the" | "its" | "his" | "her" | "their" | "our" | "a" | "my" | "your"
            );
            let noun_follows = i + 1 < end
                && self.doc.tokens[i + 1].kind == TokenKind::Word
                && !matches!(self.lower(i + 1), "of" | "and" | "or");
            let fraction = matches!(prev, "a" | "one" | "an") && !noun_follows;
            if !fraction {
                let ambiguous = matches!(first, "first" | "second");
                // "finished second", "came first": a placing.
                let placing = matches!(
                    prev,
                    "finished" | "finishes" | "came" | "comes" | "placed" | "ranked" | "ranks"
                );
                if ambiguous && !(determiner && noun_follows) && !placing {
                    return None;
                }
                let mut n = Num::new(i + 1, o);
                n.words = true;
                n.ordinal = true;
                return Some(n);
            }
        }
        let mut total = 0.0f64;
        let mut current = 0.0f64;
        let mut last_scale = 1.0f64;
        let mut and_base = 0.0f64;
        let mut j = i;
        let mut any = false;
        // A spelled number is short; the cap keeps a rejected run from costing its length at
        // every token (linear time on "hundred hundred hundred …").
        let end = end.min(i + 48);
        while j < end {
            let w = self.lower(j);
            if let Some(v) = hyphen_cardinal(w) {
                // "fifty-four"
                if any && !(current % 100.0 == 0.0 || current == 0.0) {
                    break;
                }
                current += v;
                any = true;
                j += 1;
                continue;
            }
            if let Some(u) = table(UNITS, w).filter(|_| w != "oh" || any) {
                // "forty two" joins; "one two" does not.
                let tens_then_unit =
                    current % 10.0 == 0.0 && (20.0..100.0).contains(&(current % 100.0)) && u < 10.0;
                let after_hundred = current % 100.0 == 0.0 && current > 0.0;
                // "one hundred thirty fifths": tens before a plural unit ordinal belong to the
                // denominator ("thirty-fifths", 100/35), as "thirty fifth" is 35th.
                if after_hundred
                    && self.lower(j - 1) != "and"
                    && u >= 20.0
                    && u % 10.0 == 0.0
                    && self
                        .compound_denominator(j, end, current)
                        .is_some_and(|(k, _)| self.lower(k - 1).ends_with('s'))
                {
                    break;
                }
                if !any || tens_then_unit || current == 0.0 && total > 0.0 || after_hundred {
                    current += u;
                } else {
                    break;
                }
                any = true;
                j += 1;
                continue;
            }
            // "fifty - two": a spaced hyphen between tens and a unit.
            if any
                && w == "-"
                && j + 1 < end
                && current % 10.0 == 0.0
                && (20.0..100.0).contains(&(current % 100.0))
                && table(UNITS, self.lower(j + 1)).is_some_and(|u| (1.0..10.0).contains(&u))
            {
                current += table(UNITS, self.lower(j + 1)).unwrap_or(0.0);
                j += 2;
                continue;
            }
            if matches!(w, "a" | "an") && !any && j + 1 < end {
                let next = self.lower(j + 1);
                if table(SCALES, next).is_some_and(|_| !next.ends_with('s'))
                    || DOZEN.contains(&next)
                {
                    current = 1.0;
                    any = true;
                    j += 1;
                    continue;
                }
                break;
            }
            if matches!(w, "half" | "quarter") && !any && j + 1 < end {
                // "half a million", "half million", "quarter million", "half a dozen".
                let part = if w == "half" { 0.5 } else { 0.25 };
                let k = if self.lower(j + 1) == "a" {
                    j + 2
                } else {
                    j + 1
                };
                let next = if k < end { self.lower(k) } else { "" };
                let scale = table(SCALES, next)
                    .filter(|_| !next.ends_with('s'))
                    .or_else(|| DOZEN.contains(&next).then_some(12.0));
                if let Some(scale) = scale {
                    let mut n = Num::new(k + 1, part * scale);
                    n.words = true;
                    return Some(n);
                }
                break;
            }
            if DOZEN.contains(&w) && any {
                // "three hundred and two dozens" is 300 + 24; "two hundred dozens" is 2,400.
                current = and_base + (current - and_base) * 12.0;
                j += 1;
                continue;
            }
            if let Some(scale) = table(SCALES, w) {
                if !any {
                    if w.ends_with('s') {
                        // "hundreds of", "millions" → approximate; "hundreds of thousands" is
                        // one figure of at least 100,000.
                        let (value, k) = self.scales_of(scale, j + 1, end);
                        let mut n = Num::new(k, value);
                        n.words = true;
                        n.approximate = true;
                        return Some(n);
                    }
                    // A bare scale: "hundred and five", "million".
                    current = 1.0;
                    any = true;
                }
                if scale == 100.0 {
                    current = if current == 0.0 {
                        100.0
                    } else {
                        current * 100.0
                    };
                } else if current > 0.0 {
                    total += current * scale;
                    current = 0.0;
                    last_scale = scale;
                } else if total > 0.0 && scale > last_scale {
                    // "three lakh crore", "three thousand millions".
                    total *= scale;
                    last_scale = scale;
                } else {
                    break;
                }
                j += 1;
                continue;
            }
            // "three million, two hundred & forty": after a scale of a thousand or more, a comma
            // and a smaller spelled number continue it.
            if w == ","
                && commas
                && any
                && current == 0.0
                && total > 0.0
                && last_scale >= 1e3
                && j + 1 < end
            {
                let next = self.lower(j + 1);
                if table(UNITS, next).is_some_and(|u| u > 0.0) || hyphen_cardinal(next).is_some() {
                    if let Some(rest) = self.words_inner(j + 1, end, false).filter(|r| {
                        !r.ordinal
                            && !r.approximate
                            && r.value.fract() == 0.0
                            && r.value < last_scale
                    }) {
                        total += rest.value;
                        j = rest.end;
                    }
                }
                break;
            }
            if (w == "and" || w == "&") && any && j + 1 < end {
                let next = self.lower(j + 1);
                // "one hundred and fifth": an ordinal after "and" ends the number (below).
                if current >= 100.0
                    && current % 100.0 == 0.0
                    && ordinal_word(next).is_some_and(|o| o < 100.0)
                    && !next.ends_with('s')
                {
                    j += 1;
                    break;
                }
                // "one million and a half", "five billion and three quarters": a fraction of the
                // last scale; "two and a half million".
                if let Some((k, frac)) = self.fraction_at(j + 1, end).filter(|(_, f)| *f < 1.0) {
                    let scale_after = (k < end)
                        .then(|| table(SCALES, self.lower(k)))
                        .flatten()
                        .filter(|_| !self.lower(k).ends_with('s'));
                    j = k;
                    if let Some(scale) = scale_after {
                        if current == 0.0 && total > 0.0 {
                            total += frac * scale;
                        } else {
                            total = (total + current + frac) * scale;
                            current = 0.0;
                        }
                        j += 1;
                    } else if current == 0.0 && total > 0.0 && last_scale >= 1e3 {
                        total += frac * last_scale;
                    } else {
                        current += frac;
                    }
                    break;
                }
                if table(UNITS, next).is_some_and(|_| next != "oh")
                    || hyphen_cardinal(next).is_some()
                {
                    // "one hundred and twenty"
                    if current >= 100.0 || total > 0.0 {
                        and_base = current;
                        j += 1;
                        continue;
                    }
                }
                break;
            }
            if w == "point" && any && j + 1 < end {
                // "one point five", "nine point nought four", "nought point eleven".
                let mut k = j + 1;
                let mut digits = String::new();
                while k < end {
                    let d = self.lower(k);
                    match table(UNITS, d).or_else(|| hyphen_cardinal(d)) {
                        Some(v) => {
                            digits.push_str(&format!("{}", v as u32));
                            k += 1;
                        }
                        None => break,
                    }
                }
                if !digits.is_empty() {
                    current += format!("0.{digits}").parse::<f64>().unwrap_or(0.0);
                    j = k;
                }
                break;
            }
            break;
        }
        if !any {
            // "a third", "three quarters" without a whole part.
            let (k, frac) = self.fraction_at(i, end)?;
            let mut n = Num::new(k, frac);
            n.words = true;
            // "two thirds of a million".
            if k + 2 < end && self.lower(k) == "of" && self.lower(k + 1) == "a" {
                if let Some(scale) = table(SCALES, self.lower(k + 2)) {
                    n.value *= scale;
                    n.end = k + 3;
                }
            } else if let Some(scale) = (k < end)
                .then(|| table(SCALES, self.lower(k)))
                .flatten()
                .filter(|_| !self.lower(k).ends_with('s'))
            {
                // "three quarters billion".
                n.value *= scale;
                n.end = k + 1;
            }
            return Some(n);
        }
        if j < end {
            let w = self.lower(j);
            // An ordinal ending: "twenty first", "one hundred twenty-fifth", "two hundredth".
            if let Some(o) = ordinal_word(w).filter(|_| !w.ends_with('s')) {
                let tens = current % 10.0 == 0.0 && (20.0..100.0).contains(&(current % 100.0));
                let joins = if o >= 100.0 {
                    true
                } else if o < 10.0 {
                    tens || current % 100.0 == 0.0
                } else {
                    current % 100.0 == 0.0
                };
                if joins && !(w == "second" && current < 20.0 && total == 0.0) {
                    let value = if o >= 100.0 {
                        (total + current.max(1.0)) * o
                    } else {
                        total + current + o
                    };
                    let mut n = Num::new(j + 1, value);
                    n.words = true;
                    n.ordinal = true;
                    return Some(n);
                }
            }
            // "one - fourth", "five - eighths": a fraction after a spaced hyphen.
            if w == "-" && total == 0.0 && current > 0.0 && current < 10.0 && j + 1 < end {
                let after = self.lower(j + 1);
                if let Some(den) = table(FRACTIONS, after).filter(|_| !after.starts_with("second"))
                {
                    let mut n = Num::new(j + 2, current / den);
                    n.words = true;
                    return Some(n);
                }
            }
            // A compound ordinal as the denominator: "one twenty-fifth", "three twenty-firsts",
            // "twenty twenty fifths" (20/25), "one hundred thirty-fifths" (100/35).
            if let Some((after, den)) = self.compound_denominator(j, end, current) {
                if total == 0.0 && current > 0.0 {
                    let mut n = Num::new(after, current / den);
                    n.words = true;
                    return Some(n);
                }
            }
            // A whole number followed by a fraction word: "three quarters", "three fifths".
            if let Some(den) = table(FRACTIONS, w) {
                // "a hundred thousand trillionths": a plural fraction divides the whole number.
                if total > 0.0 && w.ends_with('s') && !w.starts_with("second") {
                    let mut n = Num::new(j + 1, (total + current) / den);
                    n.words = true;
                    return Some(n);
                }
                let plural_or_small = w.ends_with('s') || current < 10.0;
                if total == 0.0 && current > 0.0 && plural_or_small && !w.starts_with("second") {
                    let mut n = Num::new(j + 1, current / den);
                    n.words = true;
                    // "two thirds of a million".
                    if j + 3 < end && self.lower(j + 1) == "of" && self.lower(j + 2) == "a" {
                        if let Some(scale) = table(SCALES, self.lower(j + 3)) {
                            n.value *= scale;
                            n.end = j + 4;
                            return Some(n);
                        }
                    }
                    if let Some(scale) = (j + 1 < end)
                        .then(|| table(SCALES, self.lower(j + 1)))
                        .flatten()
                        .filter(|_| !self.lower(j + 1).ends_with('s'))
                    {
                        n.value *= scale;
                        n.end = j + 2;
                    }
                    return Some(n);
                }
            }
        }
        let value = total + current;
        // A lone "one" is a pronoun after a determiner ("the one", "no one", "this one"), not
        // before a unit ("that one mile").
        if j == i + 1
            && first == "one"
            && !(j < end && table(MEASURE_UNITS, self.lower(j)).is_some())
            && (matches!(
                prev,
                "the"
                    | "no"
                    | "any"
                    | "every"
                    | "each"
                    | "this"
                    | "that"
                    | "which"
                    | "some"
                    | "someone"
                    | "anyone"
                    | "everyone"
                    | "little"
                    | "big"
                    | "new"
                    | "old"
            ) || j < end && matches!(self.lower(j), "another" | "'s" | "’s"))
        {
            return None;
        }
        let mut n = Num::new(j, value);
        n.words = true;
        Some(n)
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
            table(UNITS, w)
        };
        let num = num.or_else(|| {
            let parts: Vec<&str> = w.split('-').collect();
            (parts.len() == 2)
                .then(|| parts.iter().filter_map(|p| table(UNITS, p)).sum::<f64>())
                .filter(|v| *v > 0.0)
        })?;
        let Some(den) = table(FRACTIONS, next) else {
            // "a twenty-first", "three twenty-fifths" (not "a twenty-first birthday").
            let noun_after = i + 2 < end
                && self.doc.tokens[i + 2].kind == TokenKind::Word
                && self.lower(i + 2) != "of";
            return self
                .compound_denominator(i + 1, end, num)
                .filter(|(k, _)| *k == i + 2 && !noun_after)
                .map(|(k, den)| (k, num / den));
        };
        if next == "second" || next == "seconds" {
            return None;
        }
        // "a third term", "a fifth goal": an ordinal before a noun, not a fraction ("a third of",
        // "a third more", "a third higher" are fractions).
        if matches!(w, "a" | "an")
            && ordinal_word(next).is_some()
            && i + 2 < end
            && self.doc.tokens[i + 2].kind == TokenKind::Word
            && !NOT_COUNTED.contains(&self.lower(i + 2))
            && !COMPARATIVES.contains(&self.lower(i + 2))
        {
            return None;
        }
        Some((i + 2, num / den))
    }

    // -----------------------------------------------------------------------------------------
    // Amounts.

    /// An amount at token `i`: qualifier, currency, number, scale, range end, unit.
    fn amount_at(&self, i: usize, end: usize) -> Option<(usize, FigureDraft)> {
        let (mut k, mut f) = self.amount_inner(i, end)?;
        // A suspended hyphen: "an 8- to 16-meter telescope", "5- or 6-year-olds": the number
        // takes the unit of the compound after it, and "to" makes a range.
        if f.kind == FigureKind::Number
            && f.value_max.is_none()
            && f.bound.is_none()
            && k + 2 < end
            && self.tok(k) == "-"
            && self.glued(k - 1, k)
            && !self.glued(k, k + 1)
            && matches!(self.lower(k + 1), "to" | "or" | "and")
        {
            if let Some((k2, g)) = self.amount_inner(k + 2, end).filter(|(_, g)| {
                g.unit.is_some()
                    && matches!(g.kind, FigureKind::Quantity | FigureKind::Age)
                    && g.value_max.is_none()
                    && g.bound.is_none()
            }) {
                f.kind = g.kind;
                f.unit = g.unit;
                if self.lower(k + 1) == "to" && g.value >= f.value {
                    f.value_max = g.value;
                    f.range.end = g.range.end;
                    k = k2;
                }
            }
        }
        // "45 and 50 mg", "5 or 6 miles", "fewer than seven or eight hours": a bare number
        // before another that has a unit shares it ("between 45 and 50 mg" is a range, above).
        if f.kind == FigureKind::Number
            && f.value_max.is_none()
            && k + 1 < end
            && matches!(self.lower(k), "and" | "or")
            && !matches!(self.lower(k + 1), "a" | "an" | "half")
            && self.number_at(k + 1, end).is_some()
        {
            if let Some((_, g)) = self.amount_inner(k + 1, end).filter(|(_, g)| {
                matches!(g.kind, FigureKind::Quantity | FigureKind::Percent)
                    && g.unit.is_some()
                    && g.value_max.is_none()
                    && g.bound.is_none()
                    && g.range.start == self.doc.tokens[k + 1].start()
            }) {
                f.kind = g.kind;
                f.unit = g.unit;
            }
        }
        // A price per unit at both ends: "from $350 per kg to $680 per kg", "$60 a barrel to
        // $80 a barrel".
        if f.kind == FigureKind::Money && f.value_max.is_none() && f.bound.is_none() {
            if let Some((r, unit)) = self.rate_after(k, end) {
                if r + 1 < end && matches!(self.lower(r), "to" | "-" | "–") {
                    if let Some((k2, g)) = self.amount_inner(r + 1, end) {
                        let same = g.kind == FigureKind::Money
                            && (g.currency == f.currency || g.currency_assumed)
                            && g.value_max.is_none()
                            && g.bound.is_none();
                        if let Some((r2, _)) =
                            self.rate_after(k2, end).filter(|(_, u)| same && *u == unit)
                        {
                            f.value_max = g.value;
                            f.range.end = self.doc.tokens[r2 - 1].end();
                            k = r2;
                        }
                    }
                }
            }
        }
        // A range whose ends both carry the unit: "44 mg to 50 mg", "-18 °C to -34 °C",
        // "from 10 dollars to 20 dollars".
        if f.value_max.is_none() && k + 1 < end && f.kind != FigureKind::Ordinal {
            let sep = self.lower(k);
            let between = matches!(self.lower(i), "between" | "from");
            let joins =
                matches!(sep, "to" | "-" | "–" | "through" | "thru") || between && sep == "and";
            if joins && f.bound.is_none() {
                if let Some((k2, g)) = self.amount_inner(k + 1, end) {
                    let same = g.kind == f.kind
                        && g.unit == f.unit
                        && (g.currency == f.currency || g.currency_assumed || f.currency_assumed)
                        && g.value_max.is_none()
                        && g.bound.is_none();
                    if same && f.kind != FigureKind::Number && f.kind != FigureKind::Year {
                        f.value_max = g.value;
                        // "from -18 °C to -34 °C": the range runs from its low end.
                        if let (Some(a), Some(b)) = (f.value, f.value_max) {
                            if b < a && f.kind == FigureKind::Quantity {
                                f.value = Some(b);
                                f.value_max = Some(a);
                            }
                        }
                        f.range = f.range.start..g.range.end;
                        k = k2;
                    }
                }
            }
        }
        // "200 or more", "five hundred and more", "5000 or less", "less than 5000 or equal".
        if f.value_max.is_none() && k + 1 < end && matches!(self.lower(k), "or" | "and") {
            let w = self.lower(k + 1);
            let more = matches!(
                w,
                "more" | "greater" | "above" | "higher" | "over" | "larger" | "bigger"
            );
            let less = matches!(
                w,
                "less" | "fewer" | "below" | "lower" | "under" | "smaller"
            );
            let equal = w == "equal";
            let mut after = k + 2;
            // "or greater than" without a number after it; "200 or greater than 190" is two
            // figures.
            let mut number_follows = false;
            if after < end && matches!(self.lower(after), "than" | "to") {
                if after + 1 < end && self.number_at(after + 1, end).is_some() {
                    number_follows = true;
                } else {
                    after += 1;
                }
            }
            let number_follows =
                number_follows || after < end && self.number_at(after, end).is_some();
            if !number_follows {
                let new = match (f.bound, more, less, equal) {
                    (None, true, _, _) => Some(Bound::AtLeast),
                    (None, _, true, _) => Some(Bound::AtMost),
                    (Some(Bound::Above | Bound::AtLeast), _, _, true) => Some(Bound::AtLeast),
                    (Some(Bound::Below | Bound::AtMost), _, _, true) => Some(Bound::AtMost),
                    _ => None,
                };
                if let Some(b) = new {
                    f.bound = Some(b);
                    f.range.end = self.doc.tokens[after - 1].end();
                    k = after;
                }
            }
        }
        if let Some((k2, g)) = self.other_bound(k, end, &f) {
            let (lo, hi) = match f.bound {
                Some(Bound::Above | Bound::AtLeast) => (f.value, g.value),
                _ => (g.value, f.value),
            };
            f.value = lo;
            f.value_max = hi;
            f.bound = None;
            if f.kind == FigureKind::Number {
                f.kind = g.kind;
                f.unit = g.unit;
                f.currency = g.currency;
            }
            f.range.end = g.range.end;
            k = k2;
        }
        Some((k, f))
    }

    /// A rate after a price: "per kg", "a barrel", "an ounce" (a unit of measure, not of time).
    /// Returns the token after it and the unit.
    fn rate_after(&self, k: usize, end: usize) -> Option<(usize, &'static str)> {
        if k + 1 >= end || !matches!(self.lower(k), "per" | "a" | "an" | "/") {
            return None;
        }
        let (after, unit) = self.longest(k + 1, end, MEASURE_UNITS, &MEASURE_UNITS_BY_BYTE)?;
        (!matches!(
            unit,
            "s" | "min" | "h" | "day" | "week" | "month" | "year" | "decade" | "century"
        ))
        .then_some((after, unit))
    }

    /// The other side of a two-sided bound: "more than 10 and less than 20", "above one quarter
    /// and below a half", "at most 100 and at least 20", "higher or equal than one hundred, lower
    /// or equal than three hundred". The sides must face each other and enclose a range.
    fn other_bound(&self, k: usize, end: usize, f: &FigureDraft) -> Option<(usize, FigureDraft)> {
        let lower_side = match f.bound? {
            Bound::Above | Bound::AtLeast => true,
            Bound::Below | Bound::AtMost => false,
        };
        if f.value_max.is_some() || k + 2 >= end {
            return None;
        }
        let mut m = k;
        if self.tok(m) == "," {
            m += 1;
        }
        if matches!(self.lower(m), "and" | "but") {
            m += 1;
        }
        if m == k || m >= end {
            return None;
        }
        let (k2, g) = self.amount_inner(m, end)?;
        let g_lower = match g.bound? {
            Bound::Above | Bound::AtLeast => true,
            Bound::Below | Bound::AtMost => false,
        };
        let compatible = g.kind == f.kind
            || f.kind == FigureKind::Number && g.unit.is_none() && g.currency.is_none()
            || g.kind == FigureKind::Number && f.unit.is_none() && f.currency.is_none();
        let (a, b) = (f.value?, g.value?);
        let (lo, hi) = if lower_side { (a, b) } else { (b, a) };
        (g_lower != lower_side
            && g.value_max.is_none()
            && compatible
            && (g.unit == f.unit || g.unit.is_none() || f.unit.is_none())
            && lo < hi)
            .then_some((k2, g))
    }

    /// A bound or approximation before a number: the table, the comparison signs (">", "<=",
    /// "≥") and "bigger or equal than" forms.
    fn qualifier_at(&self, i: usize, end: usize) -> Option<(usize, Option<Bound>, bool)> {
        if i >= end {
            return None;
        }
        let mut best = QUALIFIERS_BY_BYTE
            .candidates(self.lower(i))
            .iter()
            .map(|&n| &QUALIFIERS[usize::from(n)])
            .filter_map(|(p, b, a)| self.phrase_at(i, end, p).map(|j| (j, *b, *a)))
            .max_by_key(|(j, _, _)| *j);
        let w = self.lower(i);
        // "bigger or equal than", "less or equal to", "at least or equal to".
        let dir = match w {
            "more" | "greater" | "higher" | "larger" | "bigger" | "above" | "over" => {
                Some(Bound::AtLeast)
            }
            "less" | "fewer" | "smaller" | "lower" | "below" | "under" => Some(Bound::AtMost),
            _ => None,
        };
        if let Some(b) = dir {
            if let Some(j) = self
                .phrase_at(i + 1, end, "or equal than")
                .or_else(|| self.phrase_at(i + 1, end, "or equal to"))
                .or_else(|| self.phrase_at(i + 1, end, "than or equal to"))
            {
                best = Some((j, Some(b), false));
            }
        }
        if let Some((j, Some(b), _)) = best {
            if let Some(j2) = self.phrase_at(j, end, "or equal to") {
                let b = match b {
                    Bound::Above | Bound::AtLeast => Bound::AtLeast,
                    Bound::Below | Bound::AtMost => Bound::AtMost,
                };
                best = Some((j2, Some(b), false));
            }
        }
        if best.is_none() && i < end {
            // Comparison signs: ">10", ">= 30", "< = 100", "≤ 5".
            let t = self.tok(i);
            let b = match t {
                ">" | "≥" => Some(if t == ">" {
                    Bound::Above
                } else {
                    Bound::AtLeast
                }),
                "<" | "≤" => Some(if t == "<" {
                    Bound::Below
                } else {
                    Bound::AtMost
                }),
                _ => None,
            };
            // "<>30", "=>30", "=<30" are not comparisons the text makes.
            let odd = i > 0 && self.glued(i - 1, i) && matches!(self.tok(i - 1), "<" | ">" | "=");
            if let Some(b) = b.filter(|_| !odd) {
                let mut j = i + 1;
                let mut b = b;
                if j < end && self.tok(j) == "=" && matches!(t, ">" | "<") {
                    b = if t == ">" {
                        Bound::AtLeast
                    } else {
                        Bound::AtMost
                    };
                    j += 1;
                }
                best = Some((j, Some(b), false));
            }
            if matches!(
                w,
                "exceed" | "exceeds" | "exceeded" | "surpass" | "surpasses"
            ) {
                best = Some((i + 1, Some(Bound::Above), false));
            }
        }
        best
    }

    /// A negative sign before a number: "-5" (glued), "- 1,200,000" opening a sentence,
    /// "minus five", "negative 1200000".
    fn sign_at(&self, i: usize, end: usize) -> Option<usize> {
        if i + 1 >= end {
            return None;
        }
        let t = self.tok(i);
        if matches!(t, "-" | "−") {
            let next = &self.doc.tokens[i + 1];
            let digit_next = next.kind == TokenKind::Number
                || self
                    .tok(i + 1)
                    .starts_with(|c: char| c.is_ascii_digit() || c == '.');
            let free_before = i == 0
                || !self.glued(i - 1, i)
                || matches!(
                    self.tok(i - 1),
                    "(" | "$" | "<" | ">" | "=" | "[" | "€" | "£"
                );
            let opens = i == 0 || self.doc.opens_sentence(i);
            if digit_next && free_before && (self.glued(i, i + 1) || opens) {
                return Some(i + 1);
            }
            return None;
        }
        if matches!(self.lower(i), "minus" | "negative") && self.number_at(i + 1, end).is_some() {
            return Some(i + 1);
        }
        None
    }

    /// Money written as one token with the code first: "USD115", "RM42", "Rs20", "GBP3.01".
    fn prefixed_money(&self, i: usize, end: usize) -> Option<(&'static str, Num)> {
        if i >= end || self.doc.tokens[i].kind != TokenKind::Word {
            return None;
        }
        let t = self.tok(i);
        let t = t.strip_suffix('.').unwrap_or(t);
        // The pattern ends in a digit; most words do not.
        if !t.chars().next_back().is_some_and(char::is_numeric) {
            return None;
        }
        let c = PREFIXED_MONEY.captures(t)?;
        let code = currency_code(&c[1]).or(match &c[1] {
            "Rs" => Some("INR"),
            "RM" => Some("MYR"),
            _ => None,
        })?;
        let mut value: f64 = c[2].replace(',', "").parse().ok()?;
        let mut k = i + 1;
        // "CAD3.03" arrives as "CAD3", ".", "03".
        if k + 1 < end
            && self.tok(k) == "."
            && self.glued(i, k)
            && self.glued(k, k + 1)
            && self.tok(k + 1).bytes().all(|b| b.is_ascii_digit())
        {
            value = format!("{}.{}", &c[2].replace(',', ""), self.tok(k + 1))
                .parse()
                .ok()?;
            k += 2;
        }
        Some((code, Num::new(k, value)))
    }

    fn amount_inner(&self, i: usize, end: usize) -> Option<(usize, FigureDraft)> {
        if !self.may_start_amount(i, end) {
            return None;
        }
        self.amount_grammar(i, end)
    }

    /// Whether an amount can start at token `i`: see [`Self::starts`].
    fn may_start_amount(&self, i: usize, end: usize) -> bool {
        i < end && self.starts(i) & STARTS_AMOUNT != 0
    }

    /// Which grammars may start at token `i` (bits `STARTS_…`), from the token alone; worked
    /// out once per token, as the date and amount tests ask about the same tokens:
    /// - a date: digits, number words and vulgar fractions, the [`DATE_WORDS`], month and
    ///   weekday names, holiday names (and a leading decimal point, which
    ///   [`Self::date_start_token`] tests itself);
    /// - an amount: a number (digits, a leading decimal point, hyphenated and number words,
    ///   vulgar fractions: what [`Self::read_number`] accepts), a digit range ("5-10"), money
    ///   glued to its code ("USD115"), a currency code, or one of [`amount_openers`].
    ///
    /// Most tokens are none of these; the grammars try a dozen tables at each token given.
    fn starts(&self, i: usize) -> u8 {
        let known = self.starts[i].get();
        if known != 0 {
            return known;
        }
        let t = self.tok(i);
        let w = self.lower(i);
        let words = WORD_STARTS.get(w).copied().unwrap_or(0);
        let digits = self.doc.tokens[i].kind == TokenKind::Number;
        // ('-' is ASCII: a byte test finds it.)
        let hyphen = w.bytes().any(|b| b == b'-');
        let vulgar = vulgar_fraction(t).is_some();
        // Unicode digits too: the date, range and glued-code patterns use `\d`.
        let first_numeric = t.starts_with(char::is_numeric);
        let last_numeric = |s: &str| s.chars().next_back().is_some_and(char::is_numeric);
        let date = digits
            || first_numeric
            || last_numeric(t)
            || hyphen
            || vulgar
            || words & (OPENS_NUMBER | OPENS_DATE | OPENS_HOLIDAY) != 0
            || calendar_word(t);
        let number = digits
            || t.starts_with(|c: char| c.is_ascii_digit())
            || t == "."
            || hyphen
            || t.bytes().any(|b| b == b'-')
            || words & OPENS_NUMBER != 0
            || vulgar;
        let amount = number
            || first_numeric
            || last_numeric(t.strip_suffix('.').unwrap_or(t))
            || words & OPENS_AMOUNT != 0
            // Codes have three letters, or four with a million prefix ("MUSD").
            || matches!(t.len(), 3 | 4) && self.currency_code_at(i, i + 1).is_some();
        let bits = STARTS_KNOWN
            | if date { STARTS_DATE } else { 0 }
            | if amount { STARTS_AMOUNT } else { 0 };
        self.starts[i].set(bits);
        bits
    }

    /// [`Self::amount_inner`] without its first-token test.
    fn amount_grammar(&self, i: usize, end: usize) -> Option<(usize, FigureDraft)> {
        let mut j = i;
        let mut bound = None;
        let mut approximate = false;
        if let Some((k, b, approx)) = self.qualifier_at(j, end) {
            // The qualifier counts only when a number follows.
            if k < end
                && (self.number_at(k, end).is_some()
                    || self.currency_sign_at(k, end).is_some()
                    || self.sign_at(k, end).is_some()
                    || self.prefixed_money(k, end).is_some())
            {
                bound = b;
                approximate = approx;
                j = k;
            }
        }
        // "between 5 and 10", "from 5 to 10"
        let between = j + 1 < end
            && matches!(self.lower(j), "between" | "from")
            && (self.number_at(j + 1, end).is_some()
                || self.currency_sign_at(j + 1, end).is_some()
                || self.sign_at(j + 1, end).is_some());
        if between {
            j += 1;
        }
        let start = j;
        // "absolute zero": a temperature, 0 K.
        if j + 1 < end && self.lower(j) == "absolute" && self.lower(j + 1) == "zero" {
            let mut f = FigureDraft::new(FigureKind::Quantity, self.range(i, j + 2));
            f.value = Some(0.0);
            f.unit = Some("K".to_string());
            f.bound = bound;
            f.approximate = approximate;
            return Some((j + 2, f));
        }
        let mut sign = 1.0;
        let mut currency: Option<(&'static str, bool)> = None;
        let mut scale = 1.0;
        if let Some((k, code, assumed)) = self.currency_sign_at(j, end) {
            currency = Some((code, assumed));
            j = k;
        } else if let Some((k, code, s)) = self.currency_word_before(j, end) {
            currency = Some((code, false));
            scale = s;
            j = k;
        }
        if let Some(k) = self.sign_at(j, end) {
            sign = -1.0;
            j = k;
            if currency.is_none() {
                if let Some((k, code, assumed)) = self.currency_sign_at(j, end) {
                    currency = Some((code, assumed));
                    j = k;
                }
            }
        }
        if j < end
            && self.tok(j).contains(['-', '–', '~'])
            && DIGIT_RANGE.is_match(self.tok(j))
            && !between
        {
            let first = if bound.is_some() || approximate {
                i
            } else {
                start
            };
            return self.digit_range(first, j, end, bound, approximate, currency, sign);
        }
        let prefixed = if currency.is_none() {
            self.prefixed_money(j, end)
        } else {
            None
        };
        let num = match prefixed {
            Some((code, n)) => {
                currency = Some((code, false));
                n
            }
            None => {
                let Some(n) = self.number_at(j, end) else {
                    return self.one_unit_at(i, j, end, bound, approximate);
                };
                if self.is_not_a_figure(j, &n) {
                    return None;
                }
                n
            }
        };
        let mut k = num.end;
        let mut value = num.value * scale;
        if currency.is_none() && scale == 1.0 {
            if let Some((after, ratio)) = self.ratio_after(&num, k, end) {
                value = ratio;
                k = after;
            }
        }
        // "2.5 ± 0.3 kg", "2,000.45±0.01 pounds": the value, its uncertainty left out.
        if k + 1 < end && matches!(self.tok(k), "±" | "+/-") {
            if let Some(u) = self
                .number_at(k + 1, end)
                .filter(|u| !u.ordinal && !u.words)
            {
                k = u.end;
            }
        }
        let mut value_max = None;
        let mut unit: Option<String> = None;
        // "a first class seat", "third rate", "first aid", "second hand": compounds, not
        // positions.
        if num.ordinal
            && num.words
            && k < end
            && matches!(
                self.lower(k),
                "class" | "rate" | "aid" | "hand" | "lady" | "degree"
            )
        {
            return None;
        }
        let mut kind = if num.ordinal {
            FigureKind::Ordinal
        } else {
            FigureKind::Number
        };
        // Letters glued to the digits: "115USD", "3.14US$", "200lbs", "1.8m", "10kph".
        if let Some(suf) = num.suffix.as_deref() {
            if let Some(code) = currency_code(suf) {
                currency = Some((code, false));
            } else if let Some((_, code, assumed)) = CURRENCY_SIGNS
                .iter()
                .find(|(sign, _, _)| *sign == suf && !sign.is_ascii())
            {
                // "100元", "500₽".
                currency = Some((code, *assumed));
            } else if suf == "US" && k < end && self.tok(k) == "$" && self.glued(k - 1, k) {
                currency = Some(("USD", false));
                k += 1;
            } else if suf == "Rs" {
                currency = Some(("INR", true));
            } else if suf == "c" {
                currency = Some(("USD", true));
                unit = Some("cent".to_string());
            } else if suf == "m"
                && (currency.is_some() || k < end && PEOPLE_NOUNS.contains(&self.lower(k)))
            {
                value *= 1e6;
            } else if let Some((hk, u)) = hyphen_unit(suf) {
                if hk == FigureKind::Money {
                    currency = Some((u, false));
                    if matches!(suf, "-cent" | "-cents" | "-penny" | "-pence") {
                        unit = Some("cent".to_string());
                    }
                } else {
                    kind = hk;
                    unit = Some(u.to_string());
                }
            } else if let Some(u) =
                glued_unit(suf).or_else(|| table(MEASURE_UNITS, &suf.to_lowercase()))
            {
                kind = FigureKind::Quantity;
                unit = Some(u.to_string());
                if suf == "yo" {
                    kind = FigureKind::Age;
                }
                // "4km^2", "4km^3": a power glued after a glued length.
                if matches!(u, "km" | "m" | "cm" | "mm" | "mi" | "ft")
                    && k + 1 < end
                    && self.tok(k) == "^"
                    && self.glued(k - 1, k)
                    && self.glued(k, k + 1)
                    && matches!(self.tok(k + 1), "2" | "3")
                {
                    unit = Some(format!("{u}{}", self.tok(k + 1)));
                    k += 2;
                }
            } else if !compound_word(suf) {
                return None;
            }
        }
        // Money scale after a symbol: "$5m", "£2 bn" (m after money means million).
        if currency.is_some()
            && k < end
            && matches!(self.tok(k), "m" | "M" | "b" | "B")
            && self.glued(k - 1, k)
        {
            value *= table(SHORT_SCALES, self.tok(k)).unwrap_or(1.0);
            k += 1;
        }
        // Range end: "5 to 10", "between 5 and 10", "5-10 million", "20 through 100", "20~100".
        if k + 1 < end && kind != FigureKind::Quantity {
            let sep = self.lower(k);
            let sign_not_dash =
                matches!(sep, "-" | "−") && !self.glued(k - 1, k) && self.glued(k, k + 1);
            let joins = matches!(sep, "to" | "-" | "–" | "—" | "through" | "thru" | "~")
                && !between
                && !sign_not_dash
                || (between && matches!(sep, "and" | "to" | "-" | "–"));
            if joins {
                let mut m = k + 1;
                if currency.is_some() {
                    if let Some((after, _, _)) = self.currency_sign_at(m, end) {
                        m = after;
                    }
                }
                let hi_sign = if let Some(after) = self.sign_at(m, end) {
                    m = after;
                    -1.0
                } else {
                    1.0
                };
                if let Some(hi) = self
                    .number_at(m, end)
                    .filter(|n| !n.ordinal && n.suffix.is_none())
                {
                    let mut hi_value = hi.value * hi_sign;
                    let mut lo_value = value * sign;
                    // "5 to 10 million": the scale applies to both ends.
                    if let Some(scale) = scale_of_tail(self, m, hi.end) {
                        if lo_value < scale && (lo_value * scale) <= hi_value {
                            lo_value *= scale;
                        }
                    }
                    if hi_value < lo_value && hi_value > 0.0 && lo_value / hi_value >= 1000.0 {
                        hi_value = lo_value;
                    }
                    // "fifty - two" is 52, and "3-1" a score: a range rises.
                    if hi_value >= lo_value || between {
                        // `value` is signed below only when there is no range.
                        value = lo_value;
                        value_max = Some(hi_value);
                        k = hi.end;
                    }
                } else if between {
                    return None;
                }
            }
        }
        let mut f = FigureDraft::new(kind, 0..0);
        f.bound = bound;
        f.approximate = approximate || num.approximate;
        f.unit = unit;
        // Units after the number.
        if !num.ordinal && f.kind == FigureKind::Number {
            if let Some((after, u)) = self.longest(k, end, PERCENT_WORDS, &PERCENT_WORDS_BY_BYTE) {
                // Bare "points" are percentage points only in a poll's or a rate's sentence
                // ("leads by 5 points"); a game's or an index's points are counted.
                let percent_context = || {
                    (k.saturating_sub(15)..(k + 10).min(self.doc.tokens.len())).any(|x| {
                        matches!(
                            self.lower(x),
                            "%" | "percent"
                                | "poll"
                                | "polls"
                                | "polling"
                                | "lead"
                                | "leads"
                                | "margin"
                                | "approval"
                                | "survey"
                                | "rate"
                                | "rates"
                                | "yield"
                                | "yields"
                        )
                    })
                };
                if u != "point" || matches!(self.lower(k), "points") && k > 0 && percent_context() {
                    f.kind = FigureKind::Percent;
                    f.unit = Some(u.to_string());
                    k = after;
                }
            }
            // "hundreds of millions of dollars": a plural scale's currency after "of".
            if f.kind == FigureKind::Number
                && currency.is_none()
                && num.approximate
                && num.words
                && k + 1 < end
                && self.lower(k) == "of"
            {
                if let Some((after, code, assumed)) = self.currency_word_at(k + 1, end) {
                    currency = Some((code, assumed));
                    k = after;
                }
            }
            if f.kind == FigureKind::Number {
                // "75 USD million", "30 MUSD" ("rmb 10 usd 20" is two amounts).
                let other_code = |code: &str| currency.is_some_and(|(c, _)| c != code);
                if let Some((after, code, s)) = self
                    .currency_code_at(k, end)
                    .filter(|(_, code, _)| !other_code(code))
                {
                    if currency.is_none() {
                        currency = Some((code, false));
                    }
                    value *= s;
                    k = after;
                } else if let Some((after, code, assumed)) = self.currency_word_at(k, end) {
                    let minor = matches!(
                        self.lower(k),
                        "cent"
                            | "cents"
                            | "pence"
                            | "penny"
                            | "pennies"
                            | "kopecks"
                            | "sen"
                            | "sens"
                            | "satoshi"
                            | "satoshis"
                            | "dime"
                            | "dimes"
                            | "¢"
                    );
                    let weight = code == "GBP"
                        && assumed
                        && !self.money_context(i, k, value, currency.is_some());
                    if weight {
                        f.kind = FigureKind::Quantity;
                        f.unit = Some("lb".to_string());
                    } else {
                        if currency.is_none() {
                            currency = Some((code, assumed));
                        } else if let Some((c, _)) = currency {
                            // "$ 10 dollars": the word confirms the sign.
                            currency = Some((c, false));
                        }
                        // "50 cents" is a hundredth of the unit.
                        if minor {
                            f.unit = Some("cent".to_string());
                        }
                    }
                    k = after;
                } else if let Some((after, _, _)) = self.currency_sign_at(k, end).filter(|_| {
                    currency.is_none()
                        && k < end
                        && matches!(
                            self.tok(k),
                            "€" | "£"
                                | "$"
                                | "₽"
                                | "₴"
                                | "¥"
                                | "₹"
                                | "元"
                                | "₡"
                                | "₾"
                                | "₭"
                                | "₿"
                                | "ரூ"
                        )
                }) {
                    let (_, code, assumed) = self.currency_sign_at(k, end)?;
                    currency = Some((code, assumed));
                    k = after;
                }
                // "$20 43", "3 dollars 50 cents", "thirteen dollars and forty-five cents".
                if currency.is_some() && f.unit.is_none() && value.fract() == 0.0 {
                    if let Some((after, cents)) = self.cents_after(k, end) {
                        value += cents / 100.0;
                        k = after;
                    }
                }
                // "USD million" after a code word: "dollar 22.5 million" is handled by the number.
                if currency.is_some() && k < end {
                    if let Some(s) = table(SCALES, self.lower(k)).filter(|s| *s >= 1e3) {
                        if matches!(
                            self.lower(k - 1),
                            "usd" | "eur" | "gbp" | "dollars" | "euros"
                        ) {
                            value *= s;
                            k += 1;
                        }
                    }
                }
            }
            if f.kind == FigureKind::Number && currency.is_none() {
                if let Some((after, u)) = self.unit_at(k, end, &num) {
                    f.kind = FigureKind::Quantity;
                    f.unit = Some(u);
                    k = after;
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
        if f.kind == FigureKind::Quantity {
            k = self.quantity_tail(k, end, &mut f, &mut value);
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
            && sign > 0.0
            && self.reads_as_year(j, k, end)
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
        // "The loss was ($5.2 million)": an amount in parentheses as the complement of a verb
        // is an accounting negative ("a fee (€50)", after a noun, is not).
        if f.kind == FigureKind::Money
            && value_max.is_none()
            && bound.is_none()
            && sign > 0.0
            && first_token >= 2
            && k < end
            && self.tok(first_token - 1) == "("
            && self.tok(k) == ")"
            && self.glued(first_token - 1, first_token)
            && self.glued(k - 1, k)
            && matches!(
                self.lower(first_token - 2),
                "is" | "was" | "were" | "are" | "be" | "been" | ":" | "="
            )
        {
            sign = -1.0;
            f.range = self.range(first_token - 1, k + 1);
            k += 1;
        }
        f.value = Some(if value_max.is_some() {
            value
        } else {
            value * sign
        });
        f.value_max = value_max;
        Some((k, f))
    }

    /// One of a unit written with an article: "a gallon of milk", "a kilobyte", "not a penny
    /// more". Only units whose "a …" is a measure in news (not "a ton of work", "a foot
    /// soldier", "a degree"), and not a rate after an amount ("$3 a gallon", "60 miles an
    /// hour").
    fn one_unit_at(
        &self,
        i: usize,
        j: usize,
        end: usize,
        bound: Option<Bound>,
        approximate: bool,
    ) -> Option<(usize, FigureDraft)> {
        if j + 1 >= end || !matches!(self.lower(j), "a" | "an") {
            return None;
        }
        let (kind, unit, currency) = match self.lower(j + 1) {
            "gallon" => (FigureKind::Quantity, "gal", None),
            "litre" | "liter" => (FigureKind::Quantity, "l", None),
            "barrel" => (FigureKind::Quantity, "barrel", None),
            "acre" => (FigureKind::Quantity, "acre", None),
            "hectare" => (FigureKind::Quantity, "ha", None),
            "kilogram" | "kilogramme" => (FigureKind::Quantity, "kg", None),
            "kilometre" | "kilometer" => (FigureKind::Quantity, "km", None),
            "pint" => (FigureKind::Quantity, "pint", None),
            "kilowatt-hour" => (FigureKind::Quantity, "kWh", None),
            "megawatt-hour" => (FigureKind::Quantity, "MWh", None),
            "byte" => (FigureKind::Quantity, "byte", None),
            "kilobyte" => (FigureKind::Quantity, "KB", None),
            "kibibyte" => (FigureKind::Quantity, "KiB", None),
            "megabyte" => (FigureKind::Quantity, "MB", None),
            "gigabyte" => (FigureKind::Quantity, "GB", None),
            "terabyte" => (FigureKind::Quantity, "TB", None),
            "penny" => (FigureKind::Money, "cent", Some("GBP")),
            "cent" => (FigureKind::Money, "cent", Some("USD")),
            _ => return None,
        };
        // Containers are objects unless a content follows ("rolling a barrel", "a barrel of
        // oil"); "a fraction of a cent" is no amount.
        let of_after = j + 2 < end && self.lower(j + 2) == "of";
        if matches!(unit, "barrel" | "pint") && !of_after
            || kind == FigureKind::Money && j > 0 && self.lower(j - 1) == "of"
        {
            return None;
        }
        if j > 0 {
            let prev = self.lower(j - 1);
            let rate = self.doc.tokens[j - 1].kind == TokenKind::Number
                || prev.starts_with(|c: char| c.is_ascii_digit())
                || matches!(prev, "per" | "%" | "percent")
                || table(MEASURE_UNITS, prev).is_some()
                || CURRENCY_WORDS.iter().any(|(w, _, _)| *w == prev);
            if rate {
                return None;
            }
        }
        // "a gallon-a-day habit", "a penny-pinching": the word is part of a compound.
        if j + 2 < end && self.tok(j + 2) == "-" && self.glued(j + 1, j + 2) {
            return None;
        }
        let mut f = FigureDraft::new(kind, self.range(i, j + 2));
        f.value = Some(1.0);
        f.unit = Some(unit.to_string());
        f.currency = currency.map(str::to_string);
        f.currency_assumed = currency == Some("USD");
        f.bound = bound;
        f.approximate = approximate;
        Some((j + 2, f))
    }

    /// Whether a four-digit number is a year: not when it counts something ("2000 pieces"),
    /// unless a preposition or "year" stands before it ("in 2016 people …").
    fn reads_as_year(&self, j: usize, k: usize, end: usize) -> bool {
        let prev = if j > 0 { self.lower(j - 1) } else { "" };
        if matches!(
            prev,
            "in" | "since"
                | "by"
                | "until"
                | "till"
                | "of"
                | "from"
                | "during"
                | "year"
                | "to"
                | "before"
                | "after"
                | "early"
                | "late"
                | "mid"
                | "through"
                | "and"
                | "fiscal"
        ) {
            return true;
        }
        // A year that names an event: "the 2008 Beijing Olympics", "the 2016 Olympics" (not in
        // a title-case headline, which capitalises what a count counts).
        let cap = |x: usize| {
            x < end
                && self.doc.tokens[x].kind == TokenKind::Word
                && self.tok(x).starts_with(char::is_uppercase)
        };
        let headline = self
            .doc
            .sentence_at(self.doc.tokens[j].start())
            .is_some_and(|s| {
                self.doc.layout.blocks[self.doc.sentences[s].block()].kind == BlockKind::Headline
            });
        let modern = self
            .tok(j)
            .parse::<u32>()
            .is_ok_and(|y| (1900..2100).contains(&y));
        if modern
            && !headline
            && cap(k)
            && (cap(k + 1)
                || matches!(
                    self.lower(k),
                    "olympics" | "games" | "paralympics" | "elections" | "midterms" | "awards"
                ))
        {
            return true;
        }
        // "the 2020 election results", "the 2024 presidential election begins": a year before a
        // singular word after a determiner ("the 2000 runners" counts).
        if modern
            && j > 0
            && matches!(
                self.lower(j - 1),
                "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "this" | "that"
            )
            && k < end
            && self.doc.tokens[k].kind == TokenKind::Word
            && self.tok(k).starts_with(char::is_lowercase)
            && !self.tok(k).ends_with('s')
        {
            return true;
        }
        !(k < end
            && self.doc.tokens[k].kind == TokenKind::Word
            && self.counted_after(k, end).is_some_and(|n| n.ends_with('s')))
    }

    /// Whether an amount in "pounds" is money rather than weight: a scale ("361 million
    /// pounds"), a currency sign, "sterling", or a money word nearby ("cost", "paid", "fine").
    fn money_context(&self, i: usize, k: usize, value: f64, signed: bool) -> bool {
        if signed || value >= 1e6 && (i..k).any(|x| table(SCALES, self.lower(x)).is_some()) {
            return true;
        }
        if k < self.doc.tokens.len() && self.lower(k) == "sterling" {
            return true;
        }
        let from = i.saturating_sub(8);
        (from..i).any(|x| {
            matches!(
                self.lower(x),
                "cost"
                    | "costs"
                    | "paid"
                    | "pay"
                    | "pays"
                    | "price"
                    | "priced"
                    | "worth"
                    | "fine"
                    | "fined"
                    | "spent"
                    | "spend"
                    | "earn"
                    | "earned"
                    | "earns"
                    | "salary"
                    | "profit"
                    | "revenue"
                    | "sold"
                    | "bought"
                    | "raised"
                    | "charged"
                    | "bonus"
                    | "fee"
                    | "fees"
                    | "budget"
                    | "loss"
                    | "debt"
                    | "bill"
                    | "funding"
                    | "owed"
                    | "won"
                    | "prize"
                    | "compensation"
                    | "damages"
                    | "tax"
                    | "wage"
                    | "rent"
            )
        })
    }

    /// The minor part of an amount: "50 cents", "and forty-five cents", "43c", "and 43", "50"
    /// (two digits, closing the phrase).
    fn cents_after(&self, k: usize, end: usize) -> Option<(usize, f64)> {
        let mut m = k;
        if m < end && self.lower(m) == "and" {
            m += 1;
        }
        let n = self.number_at(m, end)?;
        if n.ordinal || n.value.fract() != 0.0 || !(0.0..100.0).contains(&n.value) {
            return None;
        }
        if n.suffix.as_deref() == Some("c") {
            return Some((n.end, n.value));
        }
        let t = self.tok(m);
        if !n.words && (t.len() > 2 || t.contains([',', '.'])) {
            return None;
        }
        let minor = |x: usize| {
            x < end
                && matches!(
                    self.lower(x),
                    "cent"
                        | "cents"
                        | "c"
                        | "¢"
                        | "pence"
                        | "penny"
                        | "p"
                        | "sen"
                        | "sens"
                        | "kopiykas"
                        | "kopecks"
                        | "kopiyka"
                        | "centavos"
                        | "paise"
                )
        };
        if minor(n.end) {
            return Some((n.end + 1, n.value));
        }
        // A bare minor part must close the phrase ("15 dollars 50.").
        let closes = n.end >= end
            || self.doc.tokens[n.end].kind == TokenKind::Punct
                && !matches!(self.tok(n.end), "%" | "$" | "€" | "£" | "-" | "/");
        closes.then_some((n.end, n.value))
    }

    /// After a quantity: a speed ("km per hour", "miles an hour", "km/ms"), feet and inches
    /// ("5 ft 2 in"), an age ("ten months old", "6 weeks of age").
    fn quantity_tail(
        &self,
        mut k: usize,
        end: usize,
        f: &mut FigureDraft,
        value: &mut f64,
    ) -> usize {
        let unit = f.unit.clone().unwrap_or_default();
        let length = matches!(
            unit.as_str(),
            "km" | "m" | "cm" | "mm" | "mile" | "ft" | "nmi" | "kn"
        );
        if length && k + 1 < end && matches!(self.lower(k), "per" | "/" | "an" | "a") {
            let t = self.lower(k + 1);
            let den = match t {
                "hour" | "hr" | "h" | "hrs" => Some("h"),
                "second" | "sec" | "s" => Some("s"),
                "millisecond" | "ms" => Some("ms"),
                "minute" | "min" => Some("min"),
                _ => None,
            };
            if let Some(d) = den {
                f.unit = Some(format!("{unit}/{d}"));
                return k + 2;
            }
        }
        if unit == "ft" && k + 1 < end {
            let m = if self.lower(k) == "and" { k + 1 } else { k };
            if let Some(n) = self
                .number_at(m, end)
                .filter(|n| n.value < 12.0 && !n.ordinal)
            {
                if n.end < end && matches!(self.lower(n.end), "in" | "inch" | "inches") {
                    *value += n.value / 12.0;
                    return n.end + 1;
                }
            }
        }
        // "−273.15° on the Celsius scale": the scale named after a bare degree.
        if unit == "degree" {
            for (phrase, scale) in [
                ("on the celsius scale", "°C"),
                ("on the centigrade scale", "°C"),
                ("on the fahrenheit scale", "°F"),
                ("on the kelvin scale", "K"),
            ] {
                if self.phrase_at(k, end, phrase).is_some() {
                    f.unit = Some(scale.to_string());
                    break;
                }
            }
        }
        let time = matches!(unit.as_str(), "year" | "month" | "week" | "day");
        if time && k < end {
            if self.lower(k) == "old" {
                f.kind = FigureKind::Age;
                k += 1;
            } else if k + 1 < end && self.lower(k) == "of" && self.lower(k + 1) == "age" {
                f.kind = FigureKind::Age;
                k += 2;
            }
        }
        k
    }

    /// A currency code after an amount, with a million prefix: "USD", "MUSD" (millions of USD),
    /// "usd", "rmb".
    fn currency_code_at(&self, k: usize, end: usize) -> Option<(usize, &'static str, f64)> {
        if k >= end {
            return None;
        }
        let t = self.tok(k);
        if let Some(code) = currency_code(t) {
            return Some((k + 1, code, 1.0));
        }
        let rest = t.strip_prefix('M')?;
        let code = currency_code(rest)
            .filter(|_| rest.len() == 3 && rest.chars().all(|c| c.is_ascii_uppercase()))?;
        Some((k + 1, code, 1e6))
    }

    /// A currency word or code before an amount: "dollar 22.5 million", "ringgit 42",
    /// "MYR 42", "MAUD 60" (millions). Words that are also verbs or names ("won", "real") are
    /// not taken.
    fn currency_word_before(&self, i: usize, end: usize) -> Option<(usize, &'static str, f64)> {
        if i + 1 >= end {
            return None;
        }
        let number_after = |k: usize| {
            k < end
                && (self.doc.tokens[k].kind == TokenKind::Number
                    || self.tok(k).starts_with(|c: char| c.is_ascii_digit()))
        };
        if let Some((k, code, s)) = self.currency_code_at(i, end) {
            if number_after(k) && (s > 1.0 || self.tok(i).len() == 3) {
                return Some((k, code, s));
            }
        }
        for &n in CURRENCY_BEFORE_BY_BYTE.candidates(self.lower(i)) {
            let (phrase, code) = CURRENCY_BEFORE[usize::from(n)];
            if let Some(k) = self.phrase_at(i, end, phrase) {
                if number_after(k) {
                    return Some((k, code, 1.0));
                }
            }
        }
        None
    }

    /// "5-10" written as one token.
    #[allow(clippy::too_many_arguments)]
    fn digit_range(
        &self,
        i: usize,
        j: usize,
        end: usize,
        bound: Option<Bound>,
        approximate: bool,
        currency: Option<(&'static str, bool)>,
        sign: f64,
    ) -> Option<(usize, FigureDraft)> {
        let t = self.tok(j);
        let c = DIGIT_RANGE.captures(t)?;
        let scale_of =
            |m: Option<regex::Match<'_>>| m.map_or(Some(1.0), |m| glued_scale(m.as_str(), "."));
        let (lo, hi) = (
            parse_literal(&c[1])? * scale_of(c.get(2))? * sign,
            parse_literal(&c[3])? * scale_of(c.get(4))?,
        );
        // Scores ("beat them 3-1") and dates are not ranges.
        if hi < lo {
            return None;
        }
        let mut k = j + 1;
        let mut f = FigureDraft::new(FigureKind::Number, 0..0);
        let mut scale = 1.0;
        if k < end {
            if let Some(s) = table(SCALES, self.lower(k)).filter(|_| !self.lower(k).ends_with('s'))
            {
                scale = s;
                k += 1;
            }
        }
        if let Some((after, unit)) = self.longest(k, end, PERCENT_WORDS, &PERCENT_WORDS_BY_BYTE) {
            f.kind = FigureKind::Percent;
            f.unit = Some(unit.to_string());
            k = after;
        }
        let mut currency = currency;
        if f.kind == FigureKind::Number {
            if let Some((after, code, assumed)) = self.currency_word_at(k, end) {
                currency = currency.or(Some((code, assumed)));
                k = after;
            } else if let Some((after, code, _)) = self.currency_code_at(k, end) {
                currency = currency.or(Some((code, false)));
                k = after;
            } else if currency.is_none() {
                let num = Num::new(j + 1, hi);
                if let Some((after, unit)) = self.unit_at(k, end, &num) {
                    f.kind = FigureKind::Quantity;
                    f.unit = Some(unit);
                    k = after;
                    let mut v = hi;
                    k = self.quantity_tail(k, end, &mut f, &mut v);
                }
            }
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
        let hyphen_unit = num.suffix.as_deref().is_some_and(|x| x.starts_with('-'));
        if t.matches('-').count() >= 2 && !hyphen_unit
            || t.contains('/') && !SLASH_FRACTION.is_match(t)
        {
            return true;
        }
        // Glued to a word before ("No.5", "F-16" split oddly) or after a hashtag.
        if j > 0 && self.doc.tokens[j - 1].end() == self.doc.tokens[j].start() {
            let prev = self.tok(j - 1);
            if prev.chars().all(char::is_alphabetic) && !prev.is_empty() || prev == "#" {
                return true;
            }
            if prev == "-"
                && j > 1
                && self.doc.tokens[j - 2].end() == self.doc.tokens[j - 1].start()
                && self.tok(j - 2).chars().all(char::is_alphabetic)
            {
                return true;
            }
            // The decimal part of a code: "PM2.5".
            if prev == "."
                && j > 1
                && self.doc.tokens[j - 2].end() == self.doc.tokens[j - 1].start()
                && self.tok(j - 2).chars().any(char::is_alphabetic)
                && self.tok(j - 2).chars().any(|c| c.is_ascii_digit())
            {
                return true;
            }
        }
        // Stock indices and rankings named with their number: "the S&P 500 rose", "FTSE 100".
        if num.end == j + 1 && j >= 1 && INDEX_NAMES.contains(&self.lower(j - 1)) {
            return true;
        }
        // Inside a name mid-sentence: "deputies of Movimento 5 Stelle", "the Apollo 11 Command
        // Module" (not a title-case headline's "Police Arrest 12 Protesters").
        if num.end == j + 1 && j >= 2 && j + 1 < self.doc.tokens.len() {
            let (before, prev, next) = (self.tok(j - 2), self.tok(j - 1), self.tok(j + 1));
            let word = |k: usize| self.doc.tokens[k].kind == TokenKind::Word;
            if word(j - 2)
                && word(j - 1)
                && !self.doc.opens_sentence(j - 1)
                && word(j + 1)
                && before.starts_with(|c: char| c.is_lowercase())
                && prev.starts_with(|c: char| c.is_uppercase())
                && !prev.ends_with("’s")
                && !prev.ends_with("'s")
                && next.starts_with(|c: char| c.is_uppercase())
                && !next.ends_with('s')
                && dates::month_number(prev).is_none()
                && dates::weekday(prev).is_none()
                && t.bytes().all(|b| b.is_ascii_digit())
            {
                return true;
            }
        }
        if num.end == j + 1 && self.names_a_number(j, num) {
            return true;
        }
        // A version or model number closing a name of capitalised words: "Stable Diffusion 1.5
        // and …", "Windows Server 2019," (the name goes on to no noun it would count).
        if num.end == j + 1 && j >= 2 {
            let cap = |k: usize| {
                self.doc.tokens[k].kind == TokenKind::Word
                    && self.tok(k).starts_with(|c: char| c.is_uppercase())
                    && dates::month_number(self.tok(k)).is_none()
                    && dates::weekday(self.tok(k)).is_none()
            };
            let name_ends = j + 1 >= self.doc.tokens.len()
                || matches!(
                    self.lower(j + 1),
                    "and" | "or" | "," | "." | ")" | ";" | ":" | "is" | "was" | "to" | "in"
                );
            if cap(j - 1)
                && cap(j - 2)
                && !self.doc.opens_sentence(j - 2)
                && !self.doc.opens_sentence(j - 1)
                && name_ends
                && t.len() <= 5
                && !t.contains(',')
            {
                return true;
            }
        }
        // A number glued to letters after it that are not a scale ("2pm" is a time).
        if j + 1 < self.doc.tokens.len() && num.end == j + 1 {
            let next = &self.doc.tokens[j + 1];
            if next.start() == self.doc.tokens[j].end()
                && next.kind == TokenKind::Word
                && matches!(self.lower(j + 1), "am" | "pm" | "a.m." | "p.m.")
            {
                return true;
            }
        }
        if j + 1 < self.doc.tokens.len()
            && matches!(
                self.lower(j + 1),
                "a.m." | "p.m." | "am" | "pm" | "gmt" | "utc" | "et" | "est" | "edt" | "bst"
            )
            && self.sub_metre_at(j, j + 1).is_none()
        {
            return true;
        }
        // Times "12:30", "11:15AM".
        if j + 2 < self.doc.tokens.len()
            && self.tok(j + 1) == ":"
            && self.tok(j + 2).starts_with(|c: char| c.is_ascii_digit())
            && self.glued(j + 1, j + 2)
            && self.doc.tokens[j + 1].start() == self.doc.tokens[j].end()
        {
            return true;
        }
        if j > 1
            && self.tok(j - 1) == ":"
            && self.doc.tokens[j - 2].kind == TokenKind::Number
            && self.doc.tokens[j - 1].end() == self.doc.tokens[j].start()
        {
            return true;
        }
        false
    }

    /// Whether the number at `j` is part of the name before it rather than a figure: "the Big
    /// 12 schools", "from iPhone 11 to iPhone 15", "(Messier 42)", "the Big Ten could".
    ///
    /// Digits count when a name of up to four capitalised (or inner-capital) words starts after
    /// a lowercase word, a bracket or a quote mark, so that a title-case headline's "Police Arrest
    /// 12 Protesters" keeps its count. Places, plurals ("giving Democrats 50 seats"), acronyms
    /// ("told CNN 30 people"), months and weekdays before the number leave it a figure, as do a
    /// percent, a scale or a unit after it. A number word counts when it is capitalised inside a
    /// sentence right after a capitalised word ("Formula One", "the Final Four").
    fn names_a_number(&self, j: usize, num: &Num) -> bool {
        let tokens = &self.doc.tokens;
        if j == 0
            || tokens[j - 1].end() == tokens[j].start()
            || self.in_headline(j)
            || self.in_title_case_sentence(j)
        {
            return false;
        }
        let t = self.tok(j);
        let capitalised = |k: usize| {
            let w = self.tok(k);
            tokens[k].kind == TokenKind::Word
                && (w.starts_with(char::is_uppercase)
                    || w.starts_with(char::is_lowercase)
                        && w.chars().skip(1).any(char::is_uppercase))
                && !w.chars().any(|c| c.is_ascii_digit())
                && dates::month_number(w).is_none()
                && dates::weekday(w).is_none()
        };
        if num.words {
            return t.starts_with(char::is_uppercase)
                && t.chars().any(char::is_lowercase)
                && !self.doc.opens_sentence(j)
                && capitalised(j - 1);
        }
        if t.len() > 4
            || !t.bytes().all(|b| b.is_ascii_digit())
            || !capitalised(j - 1)
            || t.parse::<u16>().is_ok_and(|y| (1800..2100).contains(&y))
            || self.doc.text[tokens[j - 1].end()..tokens[j].start()].contains('\n')
        {
            return false;
        }
        let prev = self.tok(j - 1);
        if matches!(prev, "No" | "No." | "Nos" | "Nos." | "Nr." | "Number")
            || crate::entity::FUNCTION_WORDS.contains(&self.lower(j - 1))
        {
            return false;
        }
        let lex = crate::lexicon::Lexicons::bundled();
        let plural = prev.ends_with('s') && !prev.ends_with("ss");
        let acronym = prev.len() > 1 && !prev.chars().any(char::is_lowercase);
        if plural
            || acronym
            || lex.places.contains_key(prev)
            || lex.demonyms.contains_key(prev)
            || currency_code(prev).is_some()
        {
            return false;
        }
        if let Some(next) = tokens.get(j + 1).map(|_| self.lower(j + 1)) {
            let range = matches!(next, "to" | "-" | "–" | "/")
                && tokens
                    .get(j + 2)
                    .is_some_and(|x| x.kind == TokenKind::Number);
            let counted_by_scale = range
                || matches!(next, "%" | "percent" | "per" | "pct" | "point" | "points")
                || SCALES.iter().any(|(w, _)| *w == next);
            if counted_by_scale || self.unit_at(j + 1, tokens.len(), num).is_some() {
                return false;
            }
        }
        // Back to the first word of the name.
        let mut k = j - 1;
        while k > 0 && j - k < 4 && capitalised(k - 1) && !self.doc.opens_sentence(k) {
            k -= 1;
        }
        if self.doc.opens_sentence(k) {
            // "The Big 12 added …": a sentence may open with the article before the name. A
            // brand with an inner capital ("iPhone 14 Plus replaces …"), or a name that is the
            // whole line ("iPhone 11" over its section), names the number there too.
            let here = self.doc.sentence_at(tokens[j].start());
            let line_ends = tokens
                .get(j + 1)
                .is_none_or(|x| self.doc.sentence_at(x.start()) != here || self.tok(j + 1) == ":");
            let inner_capital = prev.starts_with(char::is_lowercase);
            return k < j - 1 && matches!(self.tok(k), "The" | "A" | "An")
                || inner_capital
                || line_ends;
        }
        if capitalised(k.saturating_sub(1)) && k > 0 {
            return false;
        }
        // A list of scores: "Black Hills 64, Hoquiam 28", "McMahon 19, Venable 13, …".
        let number = |x: usize| tokens.get(x).is_some_and(|x| x.kind == TokenKind::Number);
        let scores = k >= 2 && matches!(self.tok(k - 1), "," | "–" | "-") && number(k - 2)
            || tokens.get(j + 1).is_some_and(|_| self.tok(j + 1) == ",")
                && (j + 2..j + 6).any(number)
                && tokens.get(j + 2).is_some_and(|_| capitalised(j + 2));
        if scores {
            return false;
        }
        k == 0
            || tokens[k - 1].kind == TokenKind::Word
                && self.tok(k - 1).starts_with(char::is_lowercase)
            || matches!(
                self.tok(k - 1),
                "(" | "[" | "“" | "\"" | "‘" | "," | ":" | ";" | "—" | "–"
            )
    }

    /// Whether the sentence holding token `j` capitalises nearly all its longer words, as a
    /// headline or a subheading does ("Director Didn’t Include One Von Erich Brother").
    fn in_title_case_sentence(&self, j: usize) -> bool {
        let Some(s) = self.doc.sentence_at(self.doc.tokens[j].start()) else {
            return false;
        };
        let words = self.doc.sentences[s].tokens();
        // A title is short; the bound also keeps a long sentence of names linear.
        if words.len() > 60 {
            return false;
        }
        let (mut long, mut capitalised) = (0, 0);
        for k in words {
            let w = self.tok(k);
            if self.doc.tokens[k].kind == TokenKind::Word && w.chars().count() >= 4 {
                long += 1;
                capitalised += usize::from(w.starts_with(char::is_uppercase));
            }
        }
        long >= 4 && capitalised * 10 >= long * 9
    }

    fn in_headline(&self, j: usize) -> bool {
        self.doc
            .sentence_at(self.doc.tokens[j].start())
            .is_some_and(|s| {
                self.doc.layout.blocks[self.doc.sentences[s].block()].kind == BlockKind::Headline
            })
    }

    fn currency_sign_at(&self, i: usize, end: usize) -> Option<(usize, &'static str, bool)> {
        if i >= end {
            return None;
        }
        if let Some(&b) = self.tok(i).as_bytes().first() {
            if b < 128 && !SIGN_FIRST_BYTES[usize::from(b)] {
                return None;
            }
        }
        // Signs may span tokens ("US", "$"): compare the glued text.
        let mut best: Option<(usize, &'static str, bool)> = None;
        let start = self.doc.tokens[i].start();
        for j in i..end.min(i + 4) {
            if j > i && self.doc.tokens[j].start() != self.doc.tokens[j - 1].end() {
                break;
            }
            let glued = &self.doc.text[start..self.doc.tokens[j].end()];
            if let Some((_, code, assumed)) = CURRENCY_SIGNS.iter().find(|(s, _, _)| *s == glued) {
                best = Some((j + 1, code, *assumed));
            } else if let Some(prefix) = glued.strip_suffix('$') {
                let lower = prefix.to_lowercase();
                if let Some((_, code)) = DOLLAR_PREFIXES.iter().find(|(p, _)| *p == lower) {
                    best = Some((j + 1, code, false));
                }
            }
        }
        // "c $ 16.4 million", "hk $ 10.05 billion": a dollar prefix spaced from its sign.
        if best.is_none()
            && i + 2 < end
            && self.tok(i + 1) == "$"
            && self.doc.tokens[i].kind == TokenKind::Word
            && self.tok(i).chars().all(|c| c.is_ascii_lowercase())
            && (i == 0 || !self.glued(i - 1, i))
            // "a $5 fee": the article, not Australian dollars ("a $ 5" in wire copy is).
            && !(self.tok(i) == "a" && self.glued(i + 1, i + 2))
        {
            let lower = self.tok(i);
            if let Some((_, code)) = DOLLAR_PREFIXES.iter().find(|(p, _)| *p == lower) {
                return Some((i + 2, code, false));
            }
        }
        best
    }

    fn currency_word_at(&self, i: usize, end: usize) -> Option<(usize, &'static str, bool)> {
        let mut best: Option<(usize, &'static str, bool)> = None;
        if i >= end {
            return None;
        }
        for &n in CURRENCY_WORDS_BY_BYTE.candidates(self.lower(i)) {
            let (phrase, code, assumed) = &CURRENCY_WORDS[usize::from(n)];
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

    fn unit_at(&self, i: usize, end: usize, num: &Num) -> Option<(usize, String)> {
        if i >= end {
            return None;
        }
        // "30 C", "-10 F", "30 C outside": a capital letter after a number is a temperature
        // scale (not "Section 30 C of the Act", "Form 3 C").
        if matches!(self.tok(i), "C" | "F" | "C." | "F.")
            && !(i + 1 < end
                && self.doc.tokens[i + 1].kind == TokenKind::Word
                && (self.tok(i + 1).starts_with(char::is_uppercase)
                    || matches!(self.lower(i + 1), "of" | "and" | "or")))
            && !self.label_before(i.saturating_sub(1))
        {
            return Some((i + 1, format!("°{}", &self.tok(i)[..1])));
        }
        // "25 pounds of sugar", "one pound of coal": pounds of a material are a weight.
        if matches!(self.lower(i), "pound" | "pounds")
            && i + 1 < end
            && self.lower(i + 1) == "of"
            && !(i + 2 < end && matches!(self.lower(i + 2), "sterling" | "taxpayers"))
        {
            return Some((i + 1, "lb".to_string()));
        }
        if let Some(u) = (i > 0).then(|| self.sub_metre_at(i - 1, i)).flatten() {
            return Some((i + 1, u.to_string()));
        }
        // "66 Ma ago", "1.8 Ga ago", "65 mya": millions and billions of years before now.
        if !num.words && i + 1 < end && self.lower(i + 1) == "ago" {
            match self.tok(i) {
                "Ma" | "mya" | "Mya" | "MYA" => return Some((i + 1, "Ma".to_string())),
                "Ga" | "bya" | "Bya" => return Some((i + 1, "Ga".to_string())),
                _ => {}
            }
        }
        // Inch marks: "a 65\" TV", "an 8\" wrench" (a straight double quote glued to digits,
        // with no quotation opened before it in the paragraph: not the end of a quote).
        if self.tok(i) == "\""
            && !num.words
            && i > 0
            && self.glued(i - 1, i)
            && !(i + 1 < self.doc.tokens.len()
                && self.glued(i, i + 1)
                && self.doc.tokens[i + 1].kind != TokenKind::Punct)
            && !self.quote_open_before(i)
        {
            return Some((i + 1, "in".to_string()));
        }
        // "3 to 4 L of wine", "278,000 t of coal": one-letter litres and tonnes after digits.
        if !num.words && i > 0 && !self.glued(i - 1, i) && matches!(self.tok(i), "L" | "t") {
            return Some((
                i + 1,
                if self.tok(i) == "L" { "l" } else { "t" }.to_string(),
            ));
        }
        // "20 (kg)", "20 [kg]".
        if i + 2 < end && matches!(self.tok(i), "(" | "[" | "{" | "<") {
            if let Some((after, unit)) =
                self.longest(i + 1, end, MEASURE_UNITS, &MEASURE_UNITS_BY_BYTE)
            {
                if after < end
                    && matches!(self.tok(after), ")" | "]" | "}" | ">")
                    && after == i + 2
                    && unit.len() > 1
                {
                    return Some((after + 1, unit.to_string()));
                }
            }
        }
        // "2 in" is inches only closing the phrase ("the pencil is 2 in.") or before a
        // dimension ("2 1/2 in thick"); "2 in 10 voters", "the one in which" are not.
        if self.tok(i) == "in" {
            let after = i + 1;
            let closes = after >= end
                || matches!(self.tok(after), "." | "," | ";" | ")")
                || matches!(
                    self.lower(after),
                    "thick" | "long" | "wide" | "tall" | "high" | "deep" | "across"
                );
            return (closes && !num.words).then(|| (after, "in".to_string()));
        }
        let (after, unit) = self.longest(i, end, MEASURE_UNITS, &MEASURE_UNITS_BY_BYTE)?;
        // "4 km squared", "4km^3", "4 m²" written after a length: an area or a volume.
        if matches!(unit, "km" | "m" | "cm" | "mm" | "mi" | "ft" | "yd" | "in") && after < end {
            let power = match self.tok(after) {
                "squared" | "²" => Some((2, after + 1)),
                "cubed" | "³" => Some((3, after + 1)),
                "^" if after + 1 < end
                    && self.glued(after - 1, after)
                    && self.glued(after, after + 1) =>
                {
                    match self.tok(after + 1) {
                        "2" => Some((2, after + 2)),
                        "3" => Some((3, after + 2)),
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some((p, k)) = power {
                return Some((k, format!("{unit}{p}")));
            }
        }
        // Bare time words are durations only in the plural or after a number word that is not
        // "one"/"a" ("two-year" is a hyphen compound): "one day" is a date phrase.
        if matches!(unit, "day" | "week" | "month" | "year" | "h")
            && !self.lower(i).ends_with('s')
            && !(after < end && matches!(self.lower(after), "old"))
        {
            return None;
        }
        // A lone "m" or "g" after a word number is rarely a unit; and "pounds" was money already.
        let written = self.tok(i);
        if matches!(written, "m" | "g" | "in" | "mi" | "ft" | "M") && num.words {
            return None;
        }
        Some((after, unit.to_string()))
    }

    /// "2.1 pm", "2.123 am": picometres and attometres after a decimal that cannot be a time
    /// of day (a time has two digits after its point: "2.30 pm"); `j` is the number's token,
    /// `i` the unit's. Returns the unit.
    fn sub_metre_at(&self, j: usize, i: usize) -> Option<&'static str> {
        let unit = match self.tok(i) {
            "pm" | "pm." => "pm",
            "am" | "am." => "am",
            _ => return None,
        };
        let (_, fraction) = self.tok(j).split_once('.')?;
        (fraction.len() != 2
            && !fraction.is_empty()
            && fraction.bytes().all(|b| b.is_ascii_digit())
            && !self.glued(j, i))
        .then_some(unit)
    }

    /// Whether token `t` is a word that labels a number ("Section 30 C", "Form 3C", "Room 4F"):
    /// the letter after the number is then part of the label, not a temperature scale.
    fn label_before(&self, t: usize) -> bool {
        // `t` is the number's token; a sign or "#" may stand between it and the label.
        let mut p = t;
        loop {
            if p == 0 || t - p > 2 {
                return false;
            }
            p -= 1;
            if self.doc.tokens[p].kind == TokenKind::Word {
                break;
            }
        }
        matches!(
            self.lower(p),
            "section"
                | "article"
                | "room"
                | "form"
                | "class"
                | "grade"
                | "year"
                | "type"
                | "level"
                | "flat"
                | "unit"
                | "gate"
                | "row"
                | "block"
                | "seat"
                | "category"
                | "schedule"
                | "rule"
                | "chapter"
                | "part"
                | "title"
                | "vitamin"
                | "apartment"
                | "suite"
                | "floor"
                | "page"
                | "no"
                | "no."
                | "number"
        )
    }

    /// Whether a temperature is named in the few tokens before `i` ("300 °C (572 °F, 573.15K)",
    /// "temperatures of -10F").
    fn temperature_before(&self, i: usize) -> bool {
        (i.saturating_sub(8)..i).any(|x| {
            matches!(
                self.lower(x),
                "°" | "°c"
                    | "°f"
                    | "degree"
                    | "degrees"
                    | "celsius"
                    | "fahrenheit"
                    | "kelvin"
                    | "temperature"
                    | "temperatures"
            )
        })
    }

    /// Whether something other than closing punctuation is glued after token `i` ("14.7C/":
    /// cents per share, not a temperature).
    fn glued_to_more(&self, i: usize) -> bool {
        let after = i + 1 < self.doc.tokens.len()
            && self.glued(i, i + 1)
            && !matches!(self.tok(i + 1), "." | "," | ";" | ":" | ")" | "!" | "?");
        // "8C/10C": GPU cores, glued after a slash.
        let before = i > 0 && self.glued(i - 1, i) && matches!(self.tok(i - 1), "/" | "\\");
        after || before
    }

    /// Whether a minus sign is glued before token `i` ("-10F").
    fn negative_at(&self, i: usize) -> bool {
        i > 0 && matches!(self.tok(i - 1), "-" | "−") && self.glued(i - 1, i)
    }

    /// Whether a quotation is open before token `i` in its paragraph: a double quote earlier
    /// on the same line (looked for within 2,000 bytes; unknown counts as open).
    fn quote_open_before(&self, i: usize) -> bool {
        let at = self.doc.tokens[i].start();
        let from = at.saturating_sub(2000);
        let before = self.doc.text.as_bytes().get(from..at).unwrap_or_default();
        for (n, &b) in before.iter().enumerate().rev() {
            match b {
                b'\n' => return false,
                b'"' => return true,
                // "“" and "”" are E2 80 9C and E2 80 9D.
                0x9C | 0x9D if n >= 2 && before[n - 2] == 0xE2 && before[n - 1] == 0x80 => {
                    return true
                }
                _ => {}
            }
        }
        from > 0
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
        if j > 0 && matches!(self.lower(j - 1), "aged" | "age") {
            return Some(k);
        }
        if k + 3 < end && self.tok(k) == "-" && self.lower(k + 1).starts_with("year") {
            return Some(k + 2);
        }
        // "a 87 yo man", "42 y.o." (a person's age in clinical and classified style).
        if k < end && j < k && matches!(self.lower(k), "yo" | "y.o." | "y.o") {
            return Some(k + 1);
        }
        None
    }

    // -----------------------------------------------------------------------------------------
    // Dates.

    /// A date or period at token `i`: numeric and month-name forms ("11/8/2016", "Dec-2018",
    /// "4th of July 1995"), relative forms ("two weeks ago", "in 3 days", "the day after
    /// tomorrow", "last Friday", "next week on Tuesday"), holidays ("Christmas", "Easter 2018")
    /// and the forms of [`Self::base_date_at`].
    fn date_at(&self, i: usize, end: usize) -> Option<(usize, FigureDraft)> {
        self.date_inner(i, end, true)
    }

    fn date_inner(&self, i: usize, end: usize, nested: bool) -> Option<(usize, FigureDraft)> {
        if i >= end || !self.may_start_date(i, end) {
            return None;
        }
        self.date_grammars(i, end, nested)
    }

    /// The date grammars, tried in order at token `i < end`.
    fn date_grammars(&self, i: usize, end: usize, nested: bool) -> Option<(usize, FigureDraft)> {
        if let Some(hit) = self.numeric_date_at(i, end) {
            return Some(hit);
        }
        if let Some(hit) = self.this_next_date_at(i, end) {
            return Some(hit);
        }
        // ("the first test in five months on Monday": a weekday after a relative date is not
        // chained to it.)
        if let Some(hit) = self.offset_date_at(i, end, nested) {
            return Some(hit);
        }
        if nested {
            if let Some(hit) = self.weekday_offset_at(i, end) {
                return Some(hit);
            }
        }
        if let Some(hit) = self.weekdays_from_now_at(i, end) {
            return Some(hit);
        }
        if let Some(hit) = self.nth_weekday_at(i, end) {
            return Some(hit);
        }
        if let Some(hit) = self.relative_weekday_at(i, end) {
            return Some(hit);
        }
        if let Some(hit) = self.spelled_year_figure(i, end) {
            return Some(hit);
        }
        if let Some(hit) = self.nth_month_at(i, end) {
            return Some(hit);
        }
        if let Some(hit) = self.day_month_at(i, end) {
            return Some(hit);
        }
        if let Some(hit) = self.day_of_month_at(i, end) {
            return Some(hit);
        }
        if let Some(hit) = self.holiday_at(i, end) {
            return Some(hit);
        }
        if let Some(hit) = self.weekday_date_at(i, end) {
            return Some(hit);
        }
        self.base_date_at(i, end)
    }

    /// Whether a date can start at token `i`: the union of the first tokens the date grammars
    /// below accept (digits, month and weekday names, number and ordinal words, holidays, and
    /// the words that open relative dates). Most tokens are none of these; rejecting them here
    /// spares the fourteen grammars (about half of the figure stage's cost on page texts).
    fn may_start_date(&self, i: usize, end: usize) -> bool {
        let w = self.lower(i);
        // Frequent openers start a date only before a date word: "the 4th", "in two weeks",
        // "a week ago", "last Friday", "next month".
        let next = |words: &[&str]| {
            i + 1 < end && {
                let n = self.lower(i + 1);
                words.contains(&n.trim_end_matches('s')) || self.date_start_token(i + 1, end)
            }
        };
        match w {
            "the" | "in" | "within" => self.holiday_prefix(w) || next(&[]),
            "a" | "an" => {
                self.holiday_prefix(w)
                    || next(&["few", "couple", "day", "week", "fortnight", "month", "year"])
            }
            "this" | "next" | "last" | "previous" | "past" | "following" | "coming"
            | "upcoming" | "current" => {
                self.holiday_prefix(w)
                    || next(&["week", "month", "year", "day", "past", "coming", "upcoming"])
            }
            _ => self.date_start_token(i, end),
        }
    }

    /// Whether `w` begins the name of a holiday ("christmas", "thanksgiving").
    fn holiday_prefix(&self, w: &str) -> bool {
        HOLIDAYS_BY_BYTE
            .candidates(w)
            .iter()
            .any(|&n| HOLIDAYS[usize::from(n)].0.starts_with(w))
    }

    /// [`Self::may_start_date`] for any token.
    fn date_start_token(&self, i: usize, end: usize) -> bool {
        // A leading decimal point (".08" arrives as "." and "08") is a number only before
        // digits: the one start that depends on the next token.
        self.starts(i) & STARTS_DATE != 0 || self.tok(i) == "." && self.number_at(i, end).is_some()
    }

    /// A full weekday name at `k` (any case) or a capitalised abbreviation ("Fri").
    fn weekday_word(&self, k: usize, end: usize) -> Option<Weekday> {
        if k >= end {
            return None;
        }
        let t = self.tok(k);
        let day = dates::weekday(t)?;
        (t.len() >= 6 || t.len() >= 3 && t.starts_with(char::is_uppercase)).then_some(day)
    }

    /// The weekday named at token `w` in the week (Sunday to Saturday) of the day figure `f`,
    /// as a figure over tokens `i..k`: "in 3 days on Friday", "Monday two weeks from now".
    fn same_week_day(
        &self,
        i: usize,
        w: usize,
        k: usize,
        f: &FigureDraft,
    ) -> Option<(usize, FigureDraft)> {
        let day = self.weekday_word(w, w + 1)?;
        let base = f.date.as_deref().filter(|d| d.len() == 10)?;
        let base = dates::parse_iso(base)?;
        let d = dates::add_days(
            base,
            i64::from(day.to_sunday_zero_offset())
                - i64::from(base.weekday().to_sunday_zero_offset()),
        );
        self.date_figure(i, k, Some(dates::iso(d)), f.date_anchor)
    }

    /// A weekday before a relative date: "Monday two weeks from now", "Thursday, two year from
    /// now", "Sunday 3 weeks after January 15th": that weekday in the week of the date.
    fn weekday_offset_at(&self, i: usize, end: usize) -> Option<(usize, FigureDraft)> {
        self.weekday_word(i, end)?;
        let mut j = i + 1;
        if j < end && self.tok(j) == "," {
            j += 1;
        }
        if j >= end || self.doc.tokens[j].kind == TokenKind::Punct {
            return None;
        }
        let (k, f) = self.offset_date_at(j, end, true)?;
        self.same_week_day(i, i, k, &f)
    }

    /// "two Sundays from now", "two monday later", "3 Fridays from today": the nth coming such
    /// day.
    fn weekdays_from_now_at(&self, i: usize, end: usize) -> Option<(usize, FigureDraft)> {
        let n = self.number_at(i, end)?;
        if n.ordinal
            || n.suffix.is_some()
            || n.value.fract() != 0.0
            || !(1.0..=52.0).contains(&n.value)
        {
            return None;
        }
        let k = n.end;
        if k + 1 >= end {
            return None;
        }
        let t = self.tok(k);
        let day = dates::weekday(t.strip_suffix('s').unwrap_or(t)).filter(|_| t.len() >= 6)?;
        let k = match self.lower(k + 1) {
            "later" => k + 2,
            "from" if k + 2 < end && matches!(self.lower(k + 2), "now" | "today") => k + 3,
            _ => return None,
        };
        let weeks = n.value as i64 - 1;
        self.relative_figure(i, k, |a| {
            Some(dates::add_days(dates::next_weekday(a, day), 7 * weeks))
        })
    }

    /// The nth weekday of a month: "the second Sunday of May", "the last Monday in August
    /// 2025", "third Tuesday" (of the anchor's month, when the phrase ends there). A month
    /// without that day ("fifth Sunday" of a four-Sunday month) is a date figure without a date.
    fn nth_weekday_at(&self, i: usize, end: usize) -> Option<(usize, FigureDraft)> {
        let mut j = i;
        if self.lower(j) == "the" {
            j += 1;
        }
        if j + 1 >= end {
            return None;
        }
        let w = self.lower(j);
        let n: i8 = match w {
            "first" | "1st" => 1,
            "second" | "2nd" => 2,
            "third" | "3rd" => 3,
            "fourth" | "4th" => 4,
            "fifth" | "5th" => 5,
            "last" => -1,
            _ => return None,
        };
        let day = self.weekday_word(j + 1, end)?;
        let mut k = j + 2;
        let month = if k + 1 < end && matches!(self.lower(k), "of" | "in") {
            dates::month_number(self.tok(k + 1)).filter(|_| {
                self.tok(k + 1).starts_with(char::is_uppercase) || self.tok(k + 1).len() > 3
            })
        } else {
            None
        };
        let year = if month.is_some() {
            k += 2;
            match self.year_after(k, end) {
                Some((y, k2)) => {
                    k = k2;
                    Some(y)
                }
                None => None,
            }
        } else {
            None
        };
        if month.is_none() {
            // "last Friday" is a relative day; a bare "third Tuesday" must end its phrase.
            let closes = k >= end || self.doc.tokens[k].kind == TokenKind::Punct;
            if n < 0 || !closes {
                return None;
            }
        }
        if let Some(y) = year {
            let date = dates::nth_weekday(y, month?, day, n).map(dates::iso);
            return self.date_figure(i, k, date, Some(DateAnchor::Absolute));
        }
        match self.anchored() {
            Some((a, kind)) => {
                let m = month.unwrap_or(a.month());
                let future = self.future_tense(i);
                // The month's year as for a bare month name.
                let y = match month {
                    Some(m) => {
                        resolve_month_day(m, None, None, self.doc.anchor, tense_of(future, false))
                            .0
                            .and_then(|d| d.get(..4)?.parse::<i16>().ok())
                            .unwrap_or(a.year())
                    }
                    None => a.year(),
                };
                let date = dates::nth_weekday(y, m, day, n).map(dates::iso);
                self.date_figure(i, k, date, Some(kind))
            }
            None => self.date_figure(i, k, None, None),
        }
    }

    /// "the third month of 2021", "the 9th month of next year": a calendar month by its number.
    fn nth_month_at(&self, i: usize, end: usize) -> Option<(usize, FigureDraft)> {
        let mut j = i;
        if self.lower(j) == "the" {
            j += 1;
        }
        if j + 3 >= end || self.lower(j + 1) != "month" || self.lower(j + 2) != "of" {
            return None;
        }
        let m = match DAY_NUMBER.captures(self.tok(j)) {
            Some(c) if c.get(2).is_some() => c[1].parse::<i8>().ok()?,
            Some(_) => return None,
            None => table(ORDINALS, self.lower(j))? as i8,
        };
        if !(1..=12).contains(&m) {
            return None;
        }
        let k = j + 3;
        if let Some((y, k2)) = self
            .year_after(k - 1, end)
            .filter(|_| self.doc.tokens[k].kind == TokenKind::Number)
        {
            return self.date_figure(
                i,
                k2,
                Some(format!("{y:04}-{m:02}")),
                Some(DateAnchor::Absolute),
            );
        }
        let off = match self.lower(k) {
            "next" | "following" => 1,
            "this" | "current" => 0,
            "last" | "previous" => -1,
            _ => return None,
        };
        if k + 1 >= end || self.lower(k + 1) != "year" {
            return None;
        }
        self.relative_figure(i, k + 2, |a| Date::new(a.year() + off, m, 1).ok())
            .map(|(k2, mut f)| {
                f.date = f.date.map(|d| d[..7].to_string());
                (k2, f)
            })
    }

    /// "next 6th of April", "this 5/12", "next Friday 5/12": a month and day after "this" (this
    /// year's) or "next" (the first one after the anchor).
    fn this_next_date_at(&self, i: usize, end: usize) -> Option<(usize, FigureDraft)> {
        let w = self.lower(i);
        if !matches!(w, "this" | "next") || i + 1 >= end {
            return None;
        }
        if self.weekday_word(i + 1, end).is_some() {
            // "this friday 5/12": the written date decides.
            let (k, mut g) = self.weekday_date_at(i + 1, end)?;
            if k <= i + 2 {
                return None;
            }
            g.range = self.range(i, k);
            return Some((k, g));
        }
        let (k, mut g) = self
            .numeric_date_at(i + 1, end)
            .or_else(|| self.day_month_at(i + 1, end))?;
        if !matches!(
            g.date_anchor,
            Some(DateAnchor::Published | DateAnchor::Inferred)
        ) {
            return None;
        }
        let d = dates::parse_iso(g.date.as_deref()?)?;
        let (a, _) = self.doc.anchor?;
        let this = Date::new(a.year(), d.month(), d.day()).ok();
        let date = if w == "this" {
            this
        } else {
            this.filter(|t| *t > a)
                .or_else(|| Date::new(a.year() + 1, d.month(), d.day()).ok())
        };
        g.date = date.map(dates::iso);
        g.range = self.range(i, k);
        Some((k, g))
    }

    /// The anchor kind of a date resolved against the publication date.
    fn anchored(&self) -> Option<(Date, DateAnchor)> {
        let (a, exact) = self.doc.anchor?;
        Some((
            a,
            if exact {
                DateAnchor::Published
            } else {
                DateAnchor::Inferred
            },
        ))
    }

    /// The last full date written before token `i` in its paragraph or the one before (120
    /// tokens back at most): the time a "later" counts from.
    fn earlier_date(&self, i: usize) -> Option<Date> {
        let block = |t: usize| {
            self.doc
                .sentence_at(self.doc.tokens[t].start())
                .map(|s| self.doc.sentences[s].block())
        };
        let here = block(i)?;
        if self.seeking_earlier.replace(true) {
            return None;
        }
        let found = (i.saturating_sub(120)..i).rev().find_map(|j| {
            if block(j).is_none_or(|b| b + 1 < here) || !self.may_start_date(j, i) {
                return None;
            }
            let (_, f) = self.date_at(j, i)?;
            if f.date_anchor != Some(DateAnchor::Absolute) {
                return None;
            }
            f.date
                .as_deref()
                .filter(|d| d.len() == 10)
                .and_then(dates::parse_iso)
        });
        self.seeking_earlier.set(false);
        found
    }

    /// A date figure over tokens `i..k`.
    fn date_figure(
        &self,
        i: usize,
        k: usize,
        date: Option<String>,
        anchor: Option<DateAnchor>,
    ) -> Option<(usize, FigureDraft)> {
        let mut f = FigureDraft::new(FigureKind::Date, self.range(i, k));
        f.date_anchor = Some(anchor.unwrap_or(DateAnchor::Unanchored));
        f.date = date;
        Some((k, f))
    }

    /// A relative date resolved against the anchor (`None` date without one).
    fn relative_figure(
        &self,
        i: usize,
        k: usize,
        resolve: impl FnOnce(Date) -> Option<Date>,
    ) -> Option<(usize, FigureDraft)> {
        match self.anchored() {
            Some((a, kind)) => {
                let d = resolve(a)?;
                self.date_figure(i, k, Some(dates::iso(d)), Some(kind))
            }
            None => self.date_figure(i, k, None, None),
        }
    }

    /// Dates written with digits and separators, in one run of touching tokens: "2016-11-08",
    /// "11/8/2016", "13.5.2015", "20161016", "2015-12", "12/2015", "Dec-2018", "Oct2",
    /// "05-Aug-2016", "2019/aug/01"; and a year before a month name ("2017 april").
    fn numeric_date_at(&self, i: usize, end: usize) -> Option<(usize, FigureDraft)> {
        let first = self.tok(i);
        let letters = first
            .find(|c: char| !c.is_alphabetic())
            .map_or(first, |n| &first[..n]);
        let month_start = dates::month_number(letters).is_some()
            && (first.starts_with(|c: char| c.is_uppercase())
                || i + 1 < end && self.glued(i, i + 1));
        if !first.starts_with(|c: char| c.is_ascii_digit()) && !month_start {
            // Month names glued to digits in one token ("Oct2", "Dec31"): the pattern ends in a
            // digit.
            if !first.chars().next_back().is_some_and(char::is_numeric)
                || !GLUED_MONTH_DAY.is_match(first)
            {
                return None;
            }
        }
        let mut glued = String::new();
        let mut ends = Vec::new();
        let mut k = i;
        while k < end && ends.len() < 7 {
            if k > i && !self.glued(k - 1, k) {
                break;
            }
            glued.push_str(self.tok(k));
            ends.push((k + 1, glued.len()));
            k += 1;
        }
        let anchor_year = self.doc.anchor.map_or(2000, |(a, _)| a.year());
        for &(k, len) in ends.iter().rev() {
            let s = &glued[..len];
            let s = match s.strip_suffix('.').filter(|x| !x.is_empty()) {
                // A period of its own after digits ends the sentence: the shorter run is read.
                Some(x) if self.tok(k - 1) == "." && x.ends_with(|c: char| c.is_ascii_digit()) => {
                    continue
                }
                Some(x) => x,
                None => s,
            };
            let Some(c) = NUMERIC_DATE.captures(s) else {
                continue;
            };
            // One separator throughout ("30/4.85" is a ratio and a decimal).
            let mut seps = s.chars().filter(|c| matches!(c, '-' | '/' | '.'));
            if let Some(first_sep) = seps.next() {
                if seps.any(|c| c != first_sep) && c.name("mond").is_none() {
                    continue;
                }
            }
            let num = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<i16>().ok());
            let year = |name: &str| {
                c.name(name).and_then(|m| {
                    let v: i16 = m.as_str().parse().ok()?;
                    Some(if m.as_str().len() == 2 {
                        dates::expand_year(v, anchor_year)
                    } else {
                        v
                    })
                })
            };
            let month_name =
                |name: &str| c.name(name).and_then(|m| dates::month_number(m.as_str()));
            let (y, m, d): (Option<i16>, i8, Option<i8>) = if c.name("ymd").is_some() {
                (year("y1"), num("m1")? as i8, Some(num("d1")? as i8))
            } else if c.name("compact").is_some() {
                (year("y2"), num("m2")? as i8, Some(num("d2")? as i8))
            } else if c.name("dmy").is_some() {
                let (a, b) = (num("a3")?, num("b3")?);
                let dotted = s.contains('.');
                let (m, d) = if dotted || a > 12 { (b, a) } else { (a, b) };
                (year("y3"), m as i8, Some(d as i8))
            } else if c.name("ymon").is_some() {
                (year("y4"), month_name("mn4")?, Some(num("d4")? as i8))
            } else if c.name("dmony").is_some() {
                (year("y5"), month_name("mn5")?, Some(num("d5")? as i8))
            } else if c.name("mond").is_some() {
                (year("y6"), month_name("mn6")?, Some(num("d6")? as i8))
            } else if c.name("mony").is_some() {
                (year("y7"), month_name("mn7")?, None)
            } else if c.name("ym").is_some() {
                let (y, m) = (num("y8")?, num("m8")?);
                // "2010-11" next to a season or a fiscal year is a span of years.
                if c["m8"].len() == 2 && i64::from(y % 100) + 1 == i64::from(m) {
                    continue;
                }
                (Some(y), m as i8, None)
            } else if c.name("my").is_some() {
                (year("y9"), num("m9")? as i8, None)
            } else if c.name("md").is_some() {
                // "4/22", "22/04", "on 11/20", "08/12,2015": month first unless the first
                // number cannot be a month.
                let (a, b) = (num("a0")?, num("b0")?);
                let y = year("y0");
                if &c["s0"] == "." {
                    // "on 4.22", "Friday 7.6": a decimal unless a date word precedes it and it
                    // ends the phrase.
                    let cue = i > 0
                        && (matches!(self.lower(i - 1), "on" | "this" | "next")
                            || self.weekday_word(i - 1, end).is_some());
                    let closes = k >= end || self.doc.tokens[k].kind == TokenKind::Punct;
                    if y.is_some()
                        || !cue
                        || !closes
                        || a > 12
                        || c["b0"].len() != b.to_string().len()
                    {
                        continue;
                    }
                } else if y.is_none() && !self.yearless_slash_date(i, k, end, a, b) {
                    continue;
                }
                let (m, d) = if a <= 12 { (a, b) } else { (b, a) };
                (y, m as i8, Some(d as i8))
            } else {
                continue;
            };
            if !(1..=12).contains(&m) {
                continue;
            }
            let Some(day) = d else {
                let Some(y) = y else { continue };
                return self.date_figure(
                    i,
                    k,
                    Some(format!("{y:04}-{m:02}")),
                    Some(DateAnchor::Absolute),
                );
            };
            // A year after a month-day run: "Dec31 , 1994", "Oct-2 2016".
            let (y, k) = match y {
                Some(y) => (Some(y), k),
                None => match self.year_after(k, end) {
                    Some((y, k2)) => (Some(y), k2),
                    None => (None, k),
                },
            };
            if y.is_none() && c.name("mond").is_none() && c.name("md").is_none() {
                continue;
            }
            let (date, anchor) = resolve_month_day(m, Some(day), y, self.doc.anchor, self.tense(i));
            if date.is_none() && y.is_some() {
                continue;
            }
            return self.date_figure(i, k, date, anchor);
        }
        // "2017 april", "in 2017 April": a year and a month name.
        if first.len() == 4 && self.doc.tokens[i].kind == TokenKind::Number && i + 1 < end {
            let y: i16 = first.parse().ok()?;
            let m = dates::month_number(self.tok(i + 1)).filter(|_| self.tok(i + 1).len() > 3)?;
            if (1000..3000).contains(&y)
                && !(i + 2 < end && self.doc.tokens[i + 2].kind == TokenKind::Number)
            {
                return self.date_figure(
                    i,
                    i + 2,
                    Some(format!("{y:04}-{m:02}")),
                    Some(DateAnchor::Absolute),
                );
            }
        }
        None
    }

    /// Whether `a/b` over tokens `i..k`, written without a year, is a month and day. After a
    /// date word ("on 11/20", "by 4/22", "Friday 5/12", "next 5/12") or in a list after another
    /// such date ("11/20, 11/22 or 11/25") it is when it is a valid month and day; alone only
    /// when the day is 13 or more and it is no fraction ("4/22", "22/04"; not "3/4", "5/12 of
    /// them") and no name ("9/11", "24/7", "7/7").
    fn yearless_slash_date(&self, i: usize, k: usize, end: usize, a: i16, b: i16) -> bool {
        let (m, d) = if a <= 12 { (a, b) } else { (b, a) };
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return false;
        }
        if matches!((a, b), (9, 11) | (24, 7) | (7, 7)) {
            return false;
        }
        if k < end && matches!(self.lower(k), "of" | "%" | "ths" | "th") {
            return false;
        }
        let before = if i > 0 { self.lower(i - 1) } else { "" };
        let cue = |w: &str| {
            matches!(
                w,
                "on" | "by"
                    | "until"
                    | "till"
                    | "since"
                    | "from"
                    | "before"
                    | "after"
                    | "through"
                    | "thru"
                    | "this"
                    | "next"
                    | "last"
                    | "dated"
            ) || w.len() >= 3 && dates::weekday(w).is_some()
        };
        if cue(before) {
            return true;
        }
        // A list: "11/20, 11/22 or 11/25".
        let start = self.doc.tokens[i].start();
        let mut from = start.saturating_sub(16);
        while !self.doc.text.is_char_boundary(from) {
            from += 1;
        }
        if SLASH_DATE_LIST.is_match(&self.doc.text[from..start]) {
            return true;
        }
        d >= 13 && !is_fraction(f64::from(a), f64::from(b))
    }

    /// A year after a date: ", 1994", " 2016", "of 1995", "of 87", "in 2020".
    fn year_after(&self, k: usize, end: usize) -> Option<(i16, usize)> {
        let mut m = k;
        let mut of = false;
        if m < end && matches!(self.tok(m), "," | "of" | "in") {
            of = self.tok(m) != ",";
            m += 1;
        }
        if m >= end {
            return None;
        }
        if self.doc.tokens[m].kind != TokenKind::Number {
            // "Sept nineteen seventy two", "September, two thousand".
            return self.spelled_year_at(m, end).map(|(k, y)| (y, k));
        }
        let t = self.tok(m);
        let v: i16 = t.parse().ok()?;
        if t.len() == 4 && (1000..3000).contains(&v) {
            return Some((v, m + 1));
        }
        if t.len() == 2 && of && self.tok(m - 1) == "of" {
            let anchor_year = self.doc.anchor.map_or(2000, |(a, _)| a.year());
            return Some((dates::expand_year(v, anchor_year), m + 1));
        }
        None
    }

    /// A year spelled in words: "nineteen ninety six", "nineteen hundred ninety three",
    /// "seventeen hundred thirty three", "nineteen zero one", "twenty twenty", "two thousand and
    /// fifteen"; the end and the year. It must close its phrase (the sentence's end, a
    /// punctuation mark or a function word): "two thousand people" is a count.
    fn spelled_year_at(&self, i: usize, end: usize) -> Option<(usize, i16)> {
        if i >= end || self.doc.tokens[i].kind != TokenKind::Word {
            return None;
        }
        let whole = |n: &Num, lo: f64, hi: f64| {
            !n.ordinal
                && n.suffix.is_none()
                && n.value.fract() == 0.0
                && (lo..=hi).contains(&n.value)
        };
        let century = table(UNITS, self.lower(i)).filter(|v| (11.0..=20.0).contains(v));
        let (k, year) = match century {
            Some(c) if i + 1 < end => {
                let k = i + 1;
                if self.lower(k) == "hundred" {
                    let mut k = k + 1;
                    if k < end && self.lower(k) == "and" {
                        k += 1;
                    }
                    let n = self.words_at(k, end).filter(|n| whole(n, 1.0, 99.0))?;
                    (n.end, c * 100.0 + n.value)
                } else if matches!(self.lower(k), "zero" | "oh" | "o") && k + 1 < end {
                    let u = table(UNITS, self.lower(k + 1)).filter(|u| (1.0..=9.0).contains(u))?;
                    (k + 2, c * 100.0 + u)
                } else {
                    let n = self.words_at(k, end).filter(|n| whole(n, 10.0, 99.0))?;
                    (n.end, c * 100.0 + n.value)
                }
            }
            _ => {
                // "two thousand and five", not "thousands" or "a thousand".
                table(UNITS, self.lower(i)).filter(|u| (1.0..=9.0).contains(u))?;
                let n = self.words_at(i, end).filter(|n| whole(n, 1000.0, 2100.0))?;
                (n.end, n.value)
            }
        };
        let closes = k >= end
            || self.doc.tokens[k].kind == TokenKind::Punct
            || matches!(
                self.lower(k),
                "and"
                    | "or"
                    | "but"
                    | "to"
                    | "in"
                    | "on"
                    | "at"
                    | "when"
                    | "with"
                    | "for"
                    | "after"
                    | "before"
                    | "until"
                    | "the"
                    | "a"
                    | "was"
                    | "were"
                    | "is"
            );
        closes.then_some((k, year as i16))
    }

    /// A year spelled in words after "in", "since", "by", "until", "from", "of" or "year":
    /// "in nineteen ninety six", "since two thousand and five".
    fn spelled_year_figure(&self, i: usize, end: usize) -> Option<(usize, FigureDraft)> {
        if i == 0
            || !matches!(
                self.lower(i - 1),
                "in" | "since" | "by" | "until" | "from" | "of" | "year" | "during"
            )
        {
            return None;
        }
        let (k, y) = self.spelled_year_at(i, end)?;
        let mut f = FigureDraft::new(FigureKind::Year, self.range(i, k));
        f.value = Some(f64::from(y));
        f.date = Some(format!("{y:04}"));
        f.date_anchor = Some(DateAnchor::Absolute);
        Some((k, f))
    }

    /// A count of days, weeks, months or years: "2 weeks", "a fortnight", "two years 1 month 21
    /// days", "a few months"; the end and the span as (years, months, days).
    fn duration_at(&self, i: usize, end: usize) -> Option<(usize, [i64; 3])> {
        let mut j = i;
        let mut span = [0i64; 3];
        let mut any = false;
        loop {
            if any && j < end && matches!(self.tok(j), "," | "and") {
                if let Some((k, s)) = self.duration_part(j + 1, end) {
                    j = k;
                    (0..3).for_each(|x| span[x] += s[x]);
                    continue;
                }
            }
            match self.duration_part(j, end) {
                Some((k, s)) => {
                    j = k;
                    any = true;
                    (0..3).for_each(|x| span[x] += s[x]);
                }
                None => break,
            }
        }
        any.then_some((j, span))
    }

    fn duration_part(&self, i: usize, end: usize) -> Option<(usize, [i64; 3])> {
        if i >= end {
            return None;
        }
        let w = self.lower(i);
        let (n, k) = match w {
            "a" | "an" | "one" if i + 1 < end && self.lower(i + 1) == "few" => (3, i + 2),
            "few" | "several" => (3, i + 1),
            "a" | "an" if i + 2 < end && self.lower(i + 1) == "couple" => (
                2,
                if self.lower(i + 2) == "of" {
                    i + 3
                } else {
                    i + 2
                },
            ),
            "a" | "an" => (1, i + 1),
            _ => {
                let n = self.number_at(i, end)?;
                if n.ordinal || n.suffix.is_some() || n.value.fract() != 0.0 || n.value > 1000.0 {
                    return None;
                }
                (n.value as i64, n.end)
            }
        };
        if k >= end {
            return None;
        }
        let unit = self.lower(k);
        let span = match unit.trim_end_matches('s') {
            "day" => [0, 0, n],
            "week" => [0, 0, 7 * n],
            "fortnight" => [0, 0, 14 * n],
            "month" => [0, n, 0],
            "year" => [n, 0, 0],
            _ => return None,
        };
        // "two weeks' time", "a fortnight's time".
        let mut k = k + 1;
        if k + 1 < end && matches!(self.tok(k), "’s" | "'s") {
            k += 1;
        }
        Some((k, span))
    }

    /// Relative dates with a count: "two weeks ago", "in 3 days", "3 weeks later", "two weeks
    /// from now", "3 days from Tuesday", "2 weeks before Christmas"; and the named days around
    /// the anchor: "the day before yesterday", "the day after tomorrow", "the next day".
    fn offset_date_at(&self, i: usize, end: usize, nested: bool) -> Option<(usize, FigureDraft)> {
        let w = self.lower(i);
        // "the day after tomorrow", "the next day", "next day", "the day before".
        let mut j = i;
        if w == "the" {
            j += 1;
        }
        if let Some((k, days)) = self.named_day_at(j, end) {
            if k > j {
                return self.relative_figure(i, k, |a| Some(dates::add_days(a, days)));
            }
        }
        let in_phrase = matches!(w, "in" | "within");
        // "for the last 3 months and 2 days ago": the count belongs to "the last".
        if !in_phrase && i > 0 && matches!(self.lower(i - 1), "last" | "past" | "first" | "next") {
            return None;
        }
        let start = if in_phrase { i + 1 } else { i };
        // "in four business days": weekdays only.
        if in_phrase {
            if let Some(hit) = self.business_days_at(i, start, end) {
                return Some(hit);
            }
        }
        let (k, span) = self.duration_at(start, end)?;
        let apply = move |d: Date, sign: i64| -> Option<Date> {
            let d = dates::shift(d, sign * span[0], "year")?;
            let d = dates::shift(d, sign * span[1], "month")?;
            dates::shift(d, sign * span[2], "day")
        };
        let next = if k < end { self.lower(k) } else { "" };
        match next {
            "ago" | "earlier" | "back" => {
                return self.relative_figure(i, k + 1, |a| apply(a, -1));
            }
            // "… a few weeks later": narrative time, after the last full date before it; with
            // none, after the publication date (as "hence").
            "later" => {
                return match self.earlier_date(i) {
                    Some(d) => self.date_figure(
                        i,
                        k + 1,
                        apply(d, 1).map(dates::iso),
                        Some(DateAnchor::Earlier),
                    ),
                    None => self.relative_figure(i, k + 1, |a| apply(a, 1)),
                };
            }
            "hence" => return self.relative_figure(i, k + 1, |a| apply(a, 1)),
            "from" | "after" | "before" | "since" => {
                let sign = if next == "before" { -1 } else { 1 };
                if k + 1 < end {
                    let after = self.lower(k + 1);
                    if after == "now" || after == "today" {
                        return self.relative_figure(i, k + 2, |a| apply(a, sign));
                    }
                    if let Some((k2, days)) = self.named_day_at(k + 1, end) {
                        return self
                            .relative_figure(i, k2, |a| apply(dates::add_days(a, days), sign));
                    }
                    if nested {
                        if let Some((k2, g)) = self.date_inner(k + 1, end, false) {
                            let base = g
                                .date
                                .as_deref()
                                .filter(|d| d.len() == 10)
                                .and_then(dates::parse_iso);
                            if let Some(base) = base {
                                let d = apply(base, sign)?;
                                let anchor = g.date_anchor;
                                return self.date_figure(i, k2, Some(dates::iso(d)), anchor);
                            }
                        }
                    }
                }
            }
            _ => {}
        }
        // "Within three weeks, the lead doubled": in the past, a span after some earlier event,
        // no date after the anchor.
        // ("the fifth increase in two years", "the first time in 40 years", "its biggest
        // decline in a year": after an ordinal or a superlative, a span too.)
        let ranked = (i.saturating_sub(8)..i).any(|j| {
            let w = self.lower(j);
            ORDINALS.iter().any(|(o, _)| *o == w)
                || matches!(w, "most" | "least" | "last")
                || w.len() > 5
                    && w.ends_with("est")
                    && self.tok(j).starts_with(char::is_lowercase)
                    && !matches!(w, "interest" | "protest" | "request" | "contest" | "forest")
        });
        if in_phrase && !ranked && !self.past_tense(i) {
            return self.relative_figure(i, k, |a| apply(a, 1));
        }
        None
    }

    /// "in four business days", "within 10 working days" (from `j`, after "in"): that many
    /// weekdays after the anchor.
    fn business_days_at(&self, i: usize, j: usize, end: usize) -> Option<(usize, FigureDraft)> {
        let n = self.number_at(j, end)?;
        let k = n.end;
        if n.ordinal
            || n.suffix.is_some()
            || n.value.fract() != 0.0
            || !(1.0..=1000.0).contains(&n.value)
            || k + 1 >= end
            || !matches!(self.lower(k), "business" | "working")
            || !matches!(self.lower(k + 1), "day" | "days")
        {
            return None;
        }
        let count = n.value as i64;
        self.relative_figure(i, k + 2, |a| {
            let mut d = a;
            let mut left = count;
            while left > 0 {
                d = dates::add_days(d, 1);
                if !matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday) {
                    left -= 1;
                }
            }
            Some(d)
        })
    }

    /// "yesterday", "tomorrow", "tmrw", "today", "day before yesterday", "day after tomorrow",
    /// "next day", "day after", "following day", "previous day" at `i`: the end and the offset
    /// in days.
    fn named_day_at(&self, i: usize, end: usize) -> Option<(usize, i64)> {
        if i >= end {
            return None;
        }
        let w = self.lower(i);
        let simple = |w: &str| match w {
            "yesterday" => Some(-1),
            "today" => Some(0),
            "tomorrow" | "tmrw" | "tmr" => Some(1),
            _ => None,
        };
        if let Some(d) = simple(w) {
            return Some((i + 1, d));
        }
        if w == "day" && i + 1 < end {
            let rel = self.lower(i + 1);
            let sign = match rel {
                "after" => 1,
                "before" => -1,
                _ => return None,
            };
            if i + 2 < end {
                if let Some(d) = simple(self.lower(i + 2)) {
                    return Some((i + 3, d + sign));
                }
            }
            // "the day after", "the day before" closing the phrase.
            let closes = i + 2 >= end || self.doc.tokens[i + 2].kind == TokenKind::Punct;
            return (i > 0 && self.lower(i - 1) == "the" && closes).then_some((i + 2, sign));
        }
        if matches!(w, "next" | "following" | "previous")
            && i + 1 < end
            && self.lower(i + 1) == "day"
        {
            return Some((i + 2, if w == "previous" { -1 } else { 1 }));
        }
        None
    }

    /// "last Friday", "next Sunday", "this Friday", "coming Thursday", "next week on Tuesday",
    /// "this week Friday", "Tuesday next week", "tuesday of last week".
    fn relative_weekday_at(&self, i: usize, end: usize) -> Option<(usize, FigureDraft)> {
        let week_offset = |w: &str| match w {
            "last" | "previous" | "past" => Some(-1),
            "next" | "following" => Some(1),
            "this" | "current" => Some(0),
            _ => None,
        };
        let w = self.lower(i);
        let weekday_tok = |k: usize| {
            (k < end)
                .then(|| dates::weekday(self.tok(k)))
                .flatten()
                .filter(|_| self.tok(k).len() >= 3)
        };
        // "this coming Friday", "upcoming Friday".
        let mut j = i;
        if w == "this" && j + 1 < end && matches!(self.lower(j + 1), "coming" | "upcoming") {
            j += 1;
        }
        if matches!(self.lower(j), "coming" | "upcoming") {
            let day = weekday_tok(j + 1)?;
            return self.relative_figure(i, j + 2, |a| Some(dates::next_weekday(a, day)));
        }
        // "this past Wednesday", "past Wednesday": the latest one before the anchor.
        let mut j = i;
        if w == "this" && j + 1 < end && self.lower(j + 1) == "past" {
            j += 1;
        }
        if self.lower(j) == "past" {
            if let Some(day) = weekday_tok(j + 1) {
                return self.relative_figure(i, j + 2, |a| {
                    let back = (i64::from(a.weekday().to_monday_zero_offset())
                        - i64::from(day.to_monday_zero_offset()))
                    .rem_euclid(7);
                    Some(dates::add_days(a, -(if back == 0 { 7 } else { back })))
                });
            }
        }
        if let Some(off) = week_offset(w) {
            if let Some(day) = weekday_tok(i + 1) {
                return self
                    .relative_figure(i, i + 2, |a| Some(dates::weekday_of_week(a, day, off)));
            }
            // "next week on Tuesday", "this week Friday", "previous week - Monday".
            if i + 2 < end && self.lower(i + 1) == "week" {
                let mut k = i + 2;
                if k < end && matches!(self.lower(k), "on" | "-" | "," | "–") {
                    k += 1;
                }
                if let Some(day) = weekday_tok(k) {
                    return self
                        .relative_figure(i, k + 1, |a| Some(dates::weekday_of_week(a, day, off)));
                }
            }
            return None;
        }
        // "Tuesday next week", "tuesday of last week", "monday of the following week".
        let day = weekday_tok(i)?;
        let mut k = i + 1;
        if k < end && self.lower(k) == "of" {
            k += 1;
        }
        if k < end && self.lower(k) == "the" {
            k += 1;
        }
        let off = (k < end).then(|| week_offset(self.lower(k))).flatten()?;
        if k + 1 < end && self.lower(k + 1) == "week" {
            return self.relative_figure(i, k + 2, |a| Some(dates::weekday_of_week(a, day, off)));
        }
        None
    }

    /// A day number at `i`: "12", "04th", "fourth", "twenty second", "twenty-first"; the end
    /// and the day.
    fn day_number_at(&self, i: usize, end: usize, words: bool) -> Option<(usize, i8)> {
        if i >= end {
            return None;
        }
        let t = self.tok(i);
        // The pattern starts with a digit; a word does not.
        if let Some(c) = t
            .chars()
            .next()
            .filter(|c| c.is_numeric() && may_be_day_number(t))
            .and_then(|_| DAY_NUMBER.captures(t))
        {
            let v: i8 = c[1].parse().ok()?;
            return (1..=31).contains(&v).then_some((i + 1, v));
        }
        if !words {
            return None;
        }
        if let Some(hit) = self.spelled_ordinal_day(i, end) {
            return Some(hit);
        }
        let n = self.words_at(i, end)?;
        let v = n.value;
        ((1.0..=31.0).contains(&v) && v.fract() == 0.0).then_some((n.end, v as i8))
    }

    /// A day of the month spelled as an ordinal: "first", "eleventh", "twenty-first",
    /// "twenty second", "thirty first"; the end and the day.
    fn spelled_ordinal_day(&self, k: usize, end: usize) -> Option<(usize, i8)> {
        if k >= end {
            return None;
        }
        let w = self.lower(k);
        let (after, v) = match ordinal_word(w) {
            Some(v) => (k + 1, v),
            None => {
                let tens = table(UNITS, w).filter(|t| *t == 20.0 || *t == 30.0)?;
                let unit = (k + 1 < end)
                    .then(|| table(ORDINALS, self.lower(k + 1)))
                    .flatten()
                    .filter(|o| *o < 10.0)?;
                (k + 2, tens + unit)
            }
        };
        ((1.0..=31.0).contains(&v) && v.fract() == 0.0).then_some((after, v as i8))
    }

    /// Day first: "4th of July", "the 09th of May", "12 of Nov", "1st Jan", "second of Aug",
    /// "fifteen August nineteen …" (the day and month), with a year after it when written.
    fn day_month_at(&self, i: usize, end: usize) -> Option<(usize, FigureDraft)> {
        let mut j = i;
        if self.lower(j) == "the" {
            j += 1;
        }
        let words = j > i || self.doc.tokens[j.min(end - 1)].kind == TokenKind::Word;
        let (mut k, day) = self.day_number_at(j, end, words)?;
        // "18 and 19 June": the first day takes the month of the second.
        if k + 1 < end && matches!(self.lower(k), "and" | "or" | "&") {
            let month = self
                .day_number_at(k + 1, end, false)
                .filter(|(k2, _)| *k2 < end && self.tok(*k2).starts_with(char::is_uppercase))
                .and_then(|(k2, _)| Some((k2, dates::month_number(self.tok(k2))?)));
            if let Some((k2, m)) = month {
                let year = self.year_after(k2 + 1, end).map(|(y, _)| y);
                let (date, anchor) =
                    resolve_month_day(m, Some(day), year, self.doc.anchor, self.tense(i));
                return self.date_figure(i, k, date, anchor);
            }
        }
        // "the twenty third day of September", "the 15th day of next month".
        let mut of = false;
        if k + 1 < end && self.lower(k) == "day" && self.lower(k + 1) == "of" {
            k += 1;
        }
        if k < end && self.lower(k) == "of" {
            k += 1;
            of = true;
        }
        if k >= end {
            return None;
        }
        // "the 20th of next month", "31st of this month" (no such day: no date).
        if of && k + 1 < end && self.lower(k + 1) == "month" {
            let off = match self.lower(k) {
                "next" | "following" | "coming" => 1,
                "this" | "current" => 0,
                "last" | "previous" | "past" => -1,
                _ => return None,
            };
            return match self.anchored() {
                Some((a, kind)) => {
                    let m = dates::shift(a.first_of_month(), off, "month")?;
                    let date = Date::new(m.year(), m.month(), day).ok().map(dates::iso);
                    self.date_figure(i, k + 2, date, Some(kind))
                }
                None => self.date_figure(i, k + 2, None, None),
            };
        }
        let mt = self.tok(k);
        let month = dates::month_number(mt)?;
        // A capital, or an "of", or a full month name other than "may"/"march".
        let lower_ok = of
            || mt.len() > 5
            || matches!(
                mt.to_lowercase().trim_end_matches('.'),
                "jan"
                    | "feb"
                    | "apr"
                    | "jun"
                    | "jul"
                    | "aug"
                    | "sep"
                    | "sept"
                    | "oct"
                    | "nov"
                    | "dec"
                    | "june"
                    | "july"
            );
        if !(mt.starts_with(|c: char| c.is_uppercase()) || lower_ok) {
            return None;
        }
        k += 1;
        if k < end && self.tok(k) == "." && self.glued(k - 1, k) {
            k += 1;
        }
        let (year, k) = match self.year_after(k, end) {
            Some((y, k2)) => (Some(y), k2),
            None => (None, k),
        };
        let (date, anchor) =
            resolve_month_day(month, Some(day), year, self.doc.anchor, self.tense(i));
        date.as_ref()?;
        self.date_figure(i, k, date, anchor)
    }

    /// "the 27th", "on the 4th": a day of the month, the latest one on or before the anchor.
    fn day_of_month_at(&self, i: usize, end: usize) -> Option<(usize, FigureDraft)> {
        if self.lower(i) != "the" || i + 1 >= end {
            return None;
        }
        // "the 21st"; after "on", "for", "by", "until", "since" also "the 27" and "the second",
        // "the twenty second" ("for the second time" does not close).
        let after_preposition = i > 0
            && matches!(
                self.lower(i - 1),
                "on" | "for" | "by" | "until" | "till" | "since" | "from" | "before" | "after"
            );
        let (k, day, suffixed) = match DAY_NUMBER.captures(self.tok(i + 1)) {
            Some(c) if c.get(2).is_some() => (i + 2, c[1].parse().ok()?, true),
            Some(c) if after_preposition => (i + 2, c[1].parse().ok()?, false),
            Some(_) => return None,
            None if after_preposition => {
                let (k, d) = self.spelled_ordinal_day(i + 1, end)?;
                (k, d, false)
            }
            None => return None,
        };
        let closes = if suffixed {
            k >= end
                || self.doc.tokens[k].kind == TokenKind::Punct
                || matches!(self.lower(k), "at" | "and" | "or" | "to" | "for" | "in")
        } else {
            // "the 27", "the second" end a clause ("the 25% tariffs", "the 13\" model", "the
            // fourth or fifth day" do not).
            k >= end || matches!(self.tok(k), "." | "," | ";" | "!" | "?" | ")" | ":")
        };
        if !closes || !(1..=31).contains(&day) {
            return None;
        }
        self.relative_figure(i, k, |a| {
            (0..14).find_map(|back| {
                let m = dates::shift(a.first_of_month(), -back, "month")?;
                Date::new(m.year(), m.month(), day).ok().filter(|d| *d <= a)
            })
        })
    }

    /// A weekday before a date: "Tue May 9", "monday january 12th, 2016", "Wed, 22 of Jan",
    /// "Friday the 15th", "Mon 13th" (the latest such day on or before the anchor).
    fn weekday_date_at(&self, i: usize, end: usize) -> Option<(usize, FigureDraft)> {
        let wd = dates::weekday(self.tok(i)).filter(|_| self.tok(i).len() >= 3)?;
        let mut j = i + 1;
        if j < end && self.tok(j) == "," {
            j += 1;
        }
        if j >= end {
            return None;
        }
        // The date after the weekday: "May 9", "22 of Jan", "5/12"; not another weekday
        // ("Wednesday, Thursday or Friday" is a list).
        let inner = if dates::weekday(self.tok(j)).is_some() {
            None
        } else {
            self.day_month_at(j, end)
                .or_else(|| self.numeric_date_at(j, end))
                .or_else(|| self.base_date_at(j, end))
                .filter(|(_, g)| g.date.as_ref().is_none_or(|d| d.len() == 10))
        };
        if let Some((k, mut g)) = inner {
            g.range = self.range(i, k);
            // "Tue May 9" without a year: the year near the anchor whose May 9 is a Tuesday;
            // against a known publication date only the years next to it (further away a
            // mismatch is more likely a slip than an old date), against an inferred one up to
            // eleven years away.
            let reach = if matches!(g.date_anchor, Some(DateAnchor::Published)) {
                1
            } else {
                11
            };
            let inferred = !matches!(g.date_anchor, Some(DateAnchor::Absolute) | None);
            if let (true, Some(d), Some((a, _))) = (
                inferred,
                g.date.as_deref().and_then(|d| d.parse::<Date>().ok()),
                self.anchored(),
            ) {
                if d.weekday() != wd {
                    let fits = (-reach..=reach)
                        .filter_map(|n| Date::new(a.year() + n, d.month(), d.day()).ok())
                        .filter(|c| c.weekday() == wd);
                    if let Some(c) = nearest(fits, a) {
                        g.date = Some(dates::iso(c));
                    }
                }
            }
            return Some((k, g));
        }
        // "Friday the 15th", "Mon 13th", "Sunday 31": the nearest such day, the earlier on a tie.
        // "Tuesday the eleventh", "Friday the fifteen": words after "the".
        let k0 = if self.lower(j) == "the" { j + 1 } else { j };
        let (k, day) = self.day_number_at(k0, end, k0 > j)?;
        // "Wednesday, 6:30 PM" is a time.
        if k < end
            && (self.doc.tokens[k].kind == TokenKind::Word && self.lower(k) != "at"
                || self.tok(k) == ":" && self.glued(k - 1, k))
        {
            return None;
        }
        // The text's tense picks the side when such a day falls within two months of it.
        let future = self.future_tense(i);
        self.relative_figure(i, k, |a| {
            let fits: Vec<Date> = (-14..=14)
                .filter_map(|n: i64| {
                    let m = dates::shift(a.first_of_month(), n, "month")?;
                    Date::new(m.year(), m.month(), day)
                        .ok()
                        .filter(|d| d.weekday() == wd)
                })
                .collect();
            let tensed = fits.iter().copied().filter(|d| {
                (if future { *d >= a } else { *d <= a }) && (*d - a).get_days().abs() <= 62
            });
            nearest(tensed, a).or_else(|| nearest(fits.into_iter(), a))
        })
    }

    /// Holidays: fixed days ("Christmas", "Independence Day"), Easter and the days set by it, and
    /// the nth weekday of a month ("Thanksgiving", "Labor Day"); with a year after them, or
    /// "last"/"next" before them, or the latest one on or before the anchor (the next one in
    /// future-tense text).
    fn holiday_at(&self, i: usize, end: usize) -> Option<(usize, FigureDraft)> {
        let mut j = i;
        let w = self.lower(i);
        let shift = match w {
            "last" | "previous" => {
                j += 1;
                -1
            }
            "next" | "following" | "coming" => {
                j += 1;
                1
            }
            // "this Christmas": the one of the anchor's year.
            "this" => {
                j += 1;
                2
            }
            _ => 0,
        };
        if j >= end {
            return None;
        }
        let (k, rule) = HOLIDAYS_BY_BYTE
            .candidates(self.lower(j))
            .iter()
            .map(|&n| &HOLIDAYS[usize::from(n)])
            .filter_map(|(p, r)| self.phrase_at(j, end, p).map(|k| (k, *r)))
            .max_by_key(|(k, _)| *k)?;
        let on = |y: i16| -> Option<Date> {
            match rule {
                Holiday::Fixed(m, d) => Date::new(y, m, d).ok(),
                Holiday::Easter(off) => Some(dates::add_days(dates::easter(y)?, off)),
                Holiday::Nth(m, wd, n, off) => {
                    Some(dates::add_days(dates::nth_weekday(y, m, wd, n)?, off))
                }
            }
        };
        let mut k = k;
        if k < end
            && self.lower(k) == "of"
            && k + 2 < end
            && self.lower(k + 1) == "this"
            && self.lower(k + 2) == "year"
        {
            k += 3;
            return self.relative_figure(i, k, |a| on(a.year()));
        }
        if let Some((y, k2)) = self.year_after(k, end) {
            let d = on(y)?;
            return self.date_figure(i, k2, Some(dates::iso(d)), Some(DateAnchor::Absolute));
        }
        let future = self.future_tense(i);
        // "For most Americans dreaming of a white Christmas" three days before it: a holiday
        // in the coming weeks is that one, unless the sentence tells of the past.
        let past = self.past_tense(i) || self.tense(i) == Tense::Past;
        self.relative_figure(i, k, |a| {
            let y = a.year();
            let (this, prev, next) = (on(y)?, on(y - 1)?, on(y + 1)?);
            let soon = |d: Date| d > a && d <= dates::add_days(a, 45);
            Some(match shift {
                2 => this,
                0 if !past && (soon(this) || soon(next)) => {
                    if soon(this) {
                        this
                    } else {
                        next
                    }
                }
                -1 => {
                    if this < a {
                        this
                    } else {
                        prev
                    }
                }
                1 => {
                    if this > a {
                        this
                    } else {
                        next
                    }
                }
                _ if future => {
                    if this >= a {
                        this
                    } else {
                        next
                    }
                }
                _ => {
                    if this <= a {
                        this
                    } else {
                        prev
                    }
                }
            })
        })
    }

    /// An earthquake's magnitude: "The magnitude 5.9 quake", "a 6.1 magnitude quake", "a
    /// 7.8-magnitude earthquake", "measured 5.2 on the Richter scale". A quantity in unit
    /// "magnitude", not a count of quakes. Returns the figure's tokens.
    fn magnitude(&self, i: usize, k: usize, end: usize, f: &mut FigureDraft) -> (usize, usize) {
        let plain = matches!(f.kind, FigureKind::Number | FigureKind::Count)
            && f.unit.is_none()
            && f.currency.is_none()
            && f.value_max.is_none()
            && f.value.is_some_and(|v| (0.0..=10.0).contains(&v));
        if !plain || k <= i {
            return (i, k);
        }
        // (No lowercase copy: this runs for every small number.)
        let text = &self.doc.text[f.range.clone()];
        let hyphenated = text
            .len()
            .checked_sub(10)
            .and_then(|at| text.get(at..))
            .is_some_and(|tail| tail.eq_ignore_ascii_case("-magnitude"));
        let (mut start, mut stop) = (i, k);
        let found = if hyphenated {
            true
        } else if k < end && self.lower(k) == "magnitude" {
            stop = k + 1;
            true
        } else if i > 0 && self.lower(i - 1) == "magnitude" {
            start = i - 1;
            true
        } else {
            k + 3 < end
                && self.lower(k) == "on"
                && self.lower(k + 1) == "the"
                && self.lower(k + 2) == "richter"
        };
        if !found {
            return (i, k);
        }
        f.kind = FigureKind::Quantity;
        f.unit = Some("magnitude".to_string());
        f.counted = None;
        f.category = None;
        if start < i {
            f.range.start = self.doc.tokens[start].start();
        }
        if stop > k {
            f.range.end = self.doc.tokens[stop - 1].end();
        }
        (start, stop)
    }

    /// Whether a lowercase month name at `i` is a month: before a day or a year ("april 2017",
    /// "february twenty second", "jan 5"); "may" and "march" only before a year or an ordinal
    /// day ("may 5th") since they are also verbs.
    fn lowercase_month_ok(&self, i: usize, end: usize) -> bool {
        let t = self.tok(i);
        if i + 1 >= end || t.len() < 3 {
            return false;
        }
        let next = self.tok(i + 1);
        let verb = matches!(self.lower(i), "may" | "march" | "mar");
        let year = self.doc.tokens[i + 1].kind == TokenKind::Number
            && next.len() == 4
            && next
                .parse::<u16>()
                .is_ok_and(|y| (1800..=2100).contains(&y));
        let ordinal = DAY_NUMBER
            .captures(next)
            .is_some_and(|c| c.get(2).is_some() && c[1].parse::<u8>().is_ok_and(|d| d <= 31))
            || self.spelled_ordinal_day(i + 1, end).is_some();
        let day = DAY_NUMBER
            .captures(next)
            .is_some_and(|c| c[1].parse::<u8>().is_ok_and(|d| (1..=31).contains(&d)))
            || self.spelled_day_after_month(i + 1, end).is_some();
        let of_year = self.lower(i + 1) == "of"
            && i + 2 < end
            && self.doc.tokens[i + 2].kind == TokenKind::Number;
        year || ordinal || (!verb && (day || of_year))
    }

    /// A day spelled after a month name: an ordinal ("first", "twenty second", "twenty-first")
    /// or a cardinal that closes the date ("May twenty nine", "jan twenty two, 2018"; not "In
    /// March twenty protesters").
    fn spelled_day_after_month(&self, k: usize, end: usize) -> Option<(usize, i8)> {
        if k >= end || self.doc.tokens[k].kind != TokenKind::Word {
            return None;
        }
        if let Some(hit) = self.spelled_ordinal_day(k, end) {
            return Some(hit);
        }
        let n = self.words_at(k, end)?;
        if n.ordinal || n.value.fract() != 0.0 || !(1.0..=31.0).contains(&n.value) {
            return None;
        }
        let closes = n.end >= end
            || self.doc.tokens[n.end].kind == TokenKind::Punct
            || self.spelled_year_at(n.end, end).is_some()
            || self.doc.tokens[n.end].kind == TokenKind::Number;
        closes.then_some((n.end, n.value as i8))
    }

    /// Month-first dates ("Feb. 12", "December 2025"), weekdays and "last week"-style periods.
    fn base_date_at(&self, i: usize, end: usize) -> Option<(usize, FigureDraft)> {
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
        if let Some(month) = dates::month_number(t).filter(|_| {
            t.starts_with(|c: char| c.is_uppercase()) || self.lowercase_month_ok(i, end)
        }) {
            // A day after the month: "12", "4th", "first", "twenty nine".
            let spelled_day = self.spelled_day_after_month(i + 1, end);
            let day_follows = i + 1 < end
                && DAY_NUMBER
                    .captures(self.tok(i + 1))
                    .and_then(|c| c[1].parse::<u8>().ok())
                    .is_some_and(|d| (1..=31).contains(&d))
                || spelled_day.is_some();
            // "May" the verb: a month only before a day or year, or after "in"/"since"/"until".
            let number_follows =
                day_follows || i + 1 < end && self.doc.tokens[i + 1].kind == TokenKind::Number;
            let bare_may = self.lower(i) == "may"
                && !number_follows
                && !(i > 0
                    && matches!(
                        self.lower(i - 1),
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
            // A short form without its period ("Jan", "Dec") is a month before a day or a year
            // ("Dec 2018", "Dec, 2018" closing its phrase).
            let is_year = |m: usize| {
                m < end
                    && self.doc.tokens[m].kind == TokenKind::Number
                    && self.tok(m).len() == 4
                    && self
                        .tok(m)
                        .parse::<u16>()
                        .is_ok_and(|y| (1800..=2100).contains(&y))
            };
            let year_follows = is_year(i + 1)
                || i + 1 < end
                    && self.tok(i + 1) == ","
                    && is_year(i + 2)
                    && (i + 3 >= end || self.doc.tokens[i + 3].kind == TokenKind::Punct);
            if bare_may
                || (t.len() <= 4
                    && !t.ends_with('.')
                    && !matches!(self.lower(i), "june" | "july" | "may")
                    && !day_follows
                    && !year_follows)
            {
                return None;
            }
            let mut k = i + 1;
            let mut day = None;
            let mut year = None;
            // "September the twenty-first", "March the 5th".
            if k + 1 < end && self.lower(k) == "the" {
                let ordinal = self.spelled_ordinal_day(k + 1, end).or_else(|| {
                    let c = DAY_NUMBER.captures(self.tok(k + 1))?;
                    c.get(2)?;
                    let d: i8 = c[1].parse().ok()?;
                    (1..=31).contains(&d).then_some((k + 2, d))
                });
                if let Some((after, d)) = ordinal {
                    day = Some(d);
                    k = after;
                }
            }
            // "October, 1st." closing its phrase.
            if day.is_none() && k + 1 < end && self.tok(k) == "," {
                let c = DAY_NUMBER.captures(self.tok(k + 1));
                let closes = k + 2 >= end || self.doc.tokens[k + 2].kind == TokenKind::Punct;
                if let Some(d) = c
                    .filter(|c| c.get(2).is_some() && closes)
                    .and_then(|c| c[1].parse::<i8>().ok())
                    .filter(|d| (1..=31).contains(d))
                {
                    day = Some(d);
                    k += 2;
                }
            }
            if day.is_some() {
                // Read above.
            } else if k < end && self.doc.tokens[k].kind == TokenKind::Number {
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
            } else if let Some((after, d)) = spelled_day {
                // "January first", "February twenty second", "May twenty-first", "May twenty
                // nine".
                day = Some(d);
                k = after;
            }
            if year.is_none() {
                // "Feb. 12, 2026", "June of 1992", "July 4th of 1995", "April of 87", "Dec,
                // 2018" closing its phrase ("In March, 2000 people" is no year), "August two
                // thousand and fifteen".
                let mut m = k;
                let comma = m < end && self.tok(m) == ",";
                let of = m < end && self.lower(m) == "of";
                if comma || of {
                    m += 1;
                }
                if m < end && self.doc.tokens[m].kind == TokenKind::Number && self.tok(m).len() == 4
                {
                    let closes = m + 1 >= end || self.doc.tokens[m + 1].kind == TokenKind::Punct;
                    if let Ok(y) = self.tok(m).parse::<i16>() {
                        if (1800..=2100).contains(&y) && (!comma || day.is_some() || closes) {
                            year = Some(y);
                            k = m + 1;
                        }
                    }
                } else if let Some((y, k2)) = self.year_after(k, end) {
                    year = Some(y);
                    k = k2;
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
            let (date, anchor_kind) = resolve_month_day(month, day, year, anchor, self.tense(i));
            f.date = date;
            f.date_anchor = anchor_kind;
            f.range = self.range(start, k);
            return Some((k, f));
        }
        // Weekdays: "on Friday", "Friday".
        // A lowercase weekday only after a preposition ("on monday"; not "cyber monday",
        // "@sunday_woman").
        let lower_ok = t.len() >= 6
            && i > 0
            && matches!(
                self.lower(i - 1),
                "on" | "by" | "until" | "till" | "since" | "before" | "after" | "from"
            );
        if let Some(day) = dates::weekday(t)
            .filter(|_| t.starts_with(|c: char| c.is_uppercase()) && t.len() > 4 || lower_ok)
        {
            if let Some((a, exact)) = anchor {
                // "The weather should ease by Thursday", "they will meet Friday": the next one
                // (not "it will reveal itself -- came Thursday", "had left by Friday").
                let past_verb = (i.saturating_sub(6)..i).any(|j| {
                    self.doc.tokens[j].kind == TokenKind::Word
                        && self.tok(j).starts_with(char::is_lowercase)
                        && is_past_verb(self.lower(j))
                });
                // ("reported by The Detroit News late on Thursday": "by" looks ahead only right
                // before the day.)
                let future = self.looks_forward(i, 2);
                let d = if future && !past_verb {
                    dates::add_days(
                        a,
                        (i64::from(day.to_monday_zero_offset())
                            - i64::from(a.weekday().to_monday_zero_offset()))
                        .rem_euclid(7),
                    )
                } else {
                    dates::resolve_weekday(a, day, exact)
                };
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
        let rel = match lower {
            "yesterday" => Some((1, -1i64)),
            "today" => Some((1, 0)),
            "tomorrow" => Some((1, 1)),
            "last" | "next" | "this" if i + 1 < end => match self.lower(i + 1) {
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

    /// The tense that places a date without a year: future by [`Reader::future_tense`], past
    /// when a past verb comes in the six words before the date ("the prosecutor handed down an
    /// indictment on March 30", "which arrived April 21") and nothing there looks ahead.
    fn tense(&self, i: usize) -> Tense {
        if self.future_tense(i) {
            return Tense::Future;
        }
        let from = self
            .doc
            .sentence_at(self.doc.tokens[i].start())
            .map_or(i, |s| self.doc.sentences[s].tokens().start)
            .max(i.saturating_sub(6));
        let mut past = false;
        for j in from..i {
            let lower = self.lower(j);
            if self.doc.tokens[j].kind != TokenKind::Word {
                continue;
            }
            if NOT_PAST.contains(&lower) {
                return Tense::Unknown;
            }
            // A capitalised word is a name ("the Rose Bowl"), not a verb.
            past |= is_past_verb(lower) && !self.tok(j).starts_with(char::is_uppercase);
        }
        tense_of(false, past)
    }

    /// Whether the sentence around token `i` tells of the past and nothing else: a past verb
    /// ("was", "led", "handed") within 25 words, and no present, future or conditional ("is",
    /// "will", "would", "scheduled"), which may put the date after the publication ("said the
    /// vote is set for March 3").
    fn past_tense(&self, i: usize) -> bool {
        if self.future_tense(i) {
            return false;
        }
        let Some(s) = self.doc.sentence_at(self.doc.tokens[i].start()) else {
            return false;
        };
        let r = self.doc.sentences[s].tokens();
        let (lo, hi) = (r.start.max(i.saturating_sub(25)), r.end.min(i + 25));
        let mut past = false;
        for j in lo..hi {
            let w = self.tok(j);
            if self.doc.tokens[j].kind != TokenKind::Word
                || w.starts_with(char::is_uppercase) && j != r.start
            {
                continue;
            }
            let lower = self.lower(j);
            if NOT_PAST.contains(&lower) || lower.ends_with("’ll") || lower.ends_with("'ll") {
                return false;
            }
            past |= is_past_verb(lower);
        }
        past
    }

    /// Whether the clause around token `i` looks forward ("will", "next", "plans to").
    fn future_tense(&self, i: usize) -> bool {
        self.looks_forward(i, 6)
    }

    /// [`Self::future_tense`] with "by" and "until" counted only in the `by_reach` words before
    /// token `i` ("reported by The Detroit News late on Thursday" looks nowhere).
    fn looks_forward(&self, i: usize, by_reach: usize) -> bool {
        let from = i.saturating_sub(6);
        (from..i).any(|j| match self.lower(j) {
            "will" | "next" | "plans" | "won’t" | "won't" => true,
            // (Only as the date's own preposition: "won by the union in September" is a
            // passive's agent.)
            "until" | "by" => {
                j + by_reach >= i
                    && !(j + 1..i)
                        .any(|k| matches!(self.lower(k), "in" | "on" | "at" | "during" | "since"))
            }
            // "was expected Wednesday", "planned for May"; not the adjective of "four rounds
            // of planned outages in October".
            "planned" | "scheduled" | "expected" => self.doc.tokens.get(j + 1).is_none_or(|_| {
                j + 1 == i
                    || !self.tok(j + 1).starts_with(char::is_lowercase)
                    || matches!(
                        self.lower(j + 1),
                        "to" | "for" | "on" | "in" | "at" | "by" | "this" | "next" | "later"
                    )
            }),
            _ => false,
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
            // "a 5-star hotel" is not five hotels.
            let compound = self
                .tok(toks.end - 1)
                .rsplit_once('-')
                .is_some_and(|(a, w)| {
                    a.starts_with(|c: char| c.is_ascii_digit()) && compound_tail(w)
                });
            if matches!(f.kind, FigureKind::Number) && !compound {
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
                // Figures are in text order: stop at the first one too far away, so a sentence
                // of thousands of numbers stays linear (issue #10).
                .take_while(|(r, _)| r.start <= found[idx].0.end + 4)
                .find(|(_, g)| g.kind == FigureKind::Date)
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
                    self.lower(j),
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
            // "thousands of people", "hundreds of thousands of people": a plural scale counts
            // the noun right after "of".
            let plural_scale = k > 0
                && (matches!(self.lower(k - 1), "dozens" | "tens" | "scores")
                    || table(SCALES, self.lower(k - 1)).is_some()
                        && self.lower(k - 1).ends_with('s'));
            if j == k + 1 && !plural_scale {
                return None;
            }
            // "11 of the 12 cities": the whole's own count.
            if j + 1 < end
                && self.tok(j).bytes().all(|b| b.is_ascii_digit() || b == b',')
                && self.tok(j).starts_with(|c: char| c.is_ascii_digit())
            {
                j += 1;
            }
        }
        let mut noun = None;
        let mut proper = false;
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
            // "1 – 2 England": a proper noun is not what a number counts, but a plural group
            // is ("12 Americans") and so is a noun after a name ("23 Georgia pharmacies").
            // A comparative modifies a noun after it ("10 smaller videos") or ends the
            // phrase as no noun ("a third higher").
            proper = w.starts_with(char::is_uppercase) && !(w.ends_with('s') && w.len() >= 3)
                || COMPARATIVES.contains(&lower.as_str());
            // "SUVs", "iPhones", "TVs": a capital inside the word is part of its spelling.
            noun = Some(if w.chars().skip(1).any(char::is_uppercase) {
                w.to_string()
            } else {
                lower
            });
            n += 1;
            j += 1;
            // A plural noun ends the phrase ("12 soldiers were"); "US" is no plural ("13,000
            // US troops").
            if w.ends_with('s') || noun.as_deref().is_some_and(|x| PEOPLE_NOUNS.contains(&x)) {
                break;
            }
        }
        // "2,028 media and telecom deals": a coordinated modifier before the plural it counts
        // ("2.5 million people and outraged officials": "people" is a plural already).
        if noun
            .as_deref()
            .is_some_and(|x| !x.ends_with('s') && !PEOPLE_NOUNS.contains(&x))
            && j < end
            && matches!(self.lower(j), "and" | "or")
        {
            let mut m = j + 1;
            while m < end.min(j + 4)
                && self.doc.tokens[m].kind == TokenKind::Word
                && !NOT_COUNTED.contains(&self.lower(m))
            {
                let w = self.tok(m);
                if w.ends_with('s') && w.starts_with(char::is_lowercase) && w.len() > 3 {
                    noun = Some(w.to_lowercase());
                    proper = false;
                    break;
                }
                m += 1;
            }
        }
        // ("12 died", "10,000 suffer", "40 remain missing": a verb, the people unnamed.)
        let verb = |x: &str| {
            (x.len() >= 4 && (x.ends_with("ed") || x.ends_with("ing")) && x != "wounded")
                || matches!(
                    x,
                    "remain"
                        | "suffer"
                        | "die"
                        | "live"
                        | "face"
                        | "need"
                        | "want"
                        | "fled"
                        | "came"
                        | "went"
                        | "got"
                        | "took"
                        | "fell"
                        | "rose"
                        | "ran"
                        | "saw"
                        | "lost"
                        | "won"
                        | "left"
                        | "stayed"
                        | "say"
                        | "said"
                )
        };
        // ("10,000 suffering annually": an adverb.)
        noun.filter(|x| {
            !proper
                && !ly_adverb(x)
                && !verb(x)
                && x.chars().all(|c| c.is_alphabetic() || c == '-')
                && x.len() > 1
        })
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
            if let Some(c) = table(CATEGORY_WORDS, self.lower(j)) {
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
                            // "lost 35,000 men" is casualties; "lost 5,000 jobs", "lost
                            // 1 – 2" (a score) and "lost 25 in a row" are not.
                            && (!matches!(self.lower(j), "lost" | "losses")
                                || f.counted.as_deref().is_some_and(|n| {
                                    PEOPLE_NOUNS.contains(&n)
                                        || table(CATEGORY_WORDS, n) == Some(FigureCategory::Troops)
                                }))
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

/// The date of `candidates` nearest to `anchor`, the earlier one on a tie.
fn nearest(candidates: impl Iterator<Item = Date>, anchor: Date) -> Option<Date> {
    candidates.min_by_key(|d| {
        let days = (*d - anchor).get_days().abs();
        (days, *d > anchor)
    })
}

/// The scale word that ends a number ("10 million" → 1e6).
fn scale_of_tail(r: &Reader<'_, '_>, start: usize, end: usize) -> Option<f64> {
    (end > start)
        .then(|| table(SCALES, r.lower(end - 1)))
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
/// What a sentence says of the time it tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tense {
    Past,
    Unknown,
    Future,
}

fn tense_of(future: bool, past: bool) -> Tense {
    if future {
        Tense::Future
    } else if past {
        Tense::Past
    } else {
        Tense::Unknown
    }
}

/// A month (and day) without a year, resolved against the anchor: a day to the nearest date
/// within six months, or the latest one on or before the anchor in a sentence about the past; a
/// bare month to the latest one, or the next one in a sentence about the future.
fn resolve_month_day(
    month: i8,
    day: Option<i8>,
    year: Option<i16>,
    anchor: Option<(Date, bool)>,
    tense: Tense,
) -> (Option<String>, Option<DateAnchor>) {
    let future = tense == Tense::Future;
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
    let year = if let Some(d) = day.filter(|_| tense == Tense::Past) {
        if (m, i32::from(d)) > (a_month, i32::from(a.day())) {
            y - 1
        } else {
            y
        }
    } else if day.is_some() {
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
    // "Feb 29" in a year without one: the nearest year that has it.
    let date = [0, -1, 1, -2, 2, -3, 3, -4, 4]
        .iter()
        .find_map(|off| fmt((year + off) as i16));
    (date, Some(kind))
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
    let mut by_start: HashMap<usize, usize> = HashMap::default();
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

    /// Runs `visit(reader, token, sentence end, sentence text)` at every token of `own` sentences
    /// and of the fixture articles (publication date 2026-02-14); returns how many times it
    /// said a grammar matched there.
    fn at_every_token(
        own: &[&str],
        mut visit: impl FnMut(&super::Reader<'_, '_>, usize, usize, &str) -> usize,
    ) -> usize {
        let fixtures = [
            include_str!("../../../tests/fixtures/articles/en-moscowtimes-000.txt"),
            include_str!("../../../tests/fixtures/articles/en-wire-001.txt"),
            include_str!("../../../tests/fixtures/articles/en-pagecopy-002.txt"),
            include_str!("../../../tests/fixtures/articles/en-reuters-004.txt"),
            include_str!("../../../tests/fixtures/articles/en-wikinews-006.txt"),
        ];
        let anchor = jiff::civil::date(2026, 2, 14);
        let mut matched = 0;
        for text in own.iter().chain(&fixtures) {
            let layout = crate::layout::layout(&crate::normalize::normalize(text));
            let (tokens, sentences) = crate::pipeline::segment_content(&layout);
            let doc = super::Doc::new(&layout, tokens, sentences, Some((anchor, true)));
            let reader = super::Reader::new(&doc);
            for s in &doc.sentences {
                reader.no_number.borrow_mut().reset(s.tokens());
                for i in s.tokens() {
                    let range = s.range(&doc.tokens);
                    matched += visit(&reader, i, s.tokens().end, &doc.text[range]);
                }
            }
        }
        matched
    }

    /// `may_start_date` must admit every token where a date grammar matches: run the grammars
    /// without it at every token of date-rich sentences and of the fixture articles.
    #[test]
    fn date_start_test_admits_every_date_start() {
        let own = [
            "On Feb. 12, 2026, and again on 4/22 they met; the 27th was a Friday.",
            "It happened two weeks ago, three days later, in four business days and in 3 years.",
            "The day after tomorrow, the next day, yesterday and today were busy; tmrw too.",
            "Last Friday, this coming Monday, next week on Tuesday, the first Tuesday in March.",
            "Christmas Eve, next Thanksgiving, New Year's Day and the Fourth of July.",
            "In nineteen ninety six, on May twenty nine, on the eleventh, 18 and 19 June.",
            "A week ago, a couple of months later, a few days from now, several years before.",
            "the third month of 2020, Tuesday the eleventh, Monday two weeks from now.",
            "Dec31, Oct2 and 2026-02-11 in a URL; mid-2025, the 1990s, this past Wednesday.",
        ];
        let starts = at_every_token(&own, |reader, i, end, sentence| {
            let mut n = 0;
            for nested in [true, false] {
                if reader.date_grammars(i, end, nested).is_some() {
                    n += 1;
                    assert!(
                        reader.may_start_date(i, end),
                        "a date starts at {:?} in {sentence:?}",
                        reader.tok(i)
                    );
                }
            }
            n
        });
        assert!(starts > 60, "only {starts} date starts seen");
    }

    /// `may_start_amount` must admit every token where the amount grammar matches: run the
    /// grammar without it at every token of amount-rich sentences and of the fixture articles.
    #[test]
    fn amount_start_test_admits_every_amount_start() {
        let own = [
            "More than 5 people, over 3,000 votes, about $5m, nearly €2 bn and at least 40%.",
            "US$5, U.S.$ 7, C$ 10, c $ 16.4 million, hk $ 10.05 billion, HK$3 and NZ$ 4 each.",
            "Rs. 20, Rs20, Fr. 50, Mex$ 9, zł 5, ¥500, ₹30, 元 8, ¢50, ₿2 and CHF 12 were paid.",
            "USD115, RM42, GBP3.01, CAD3.03, MUSD 30, MAUD 60, USD 42 and rmb 10 usd 20 too.",
            "dollar 22.5 million, ringgit 42, malaysian ringgit 5, euros 7 and yuan 8 changed.",
            "It fell to minus five, −5, -12 and negative 1200000; - 1,200,000 opened it.",
            "Between 5 and 10, from 5 to 10, 5-10 million, 20~100 and 8- to 16-meter ones.",
            "Absolute zero, a gallon of milk, a kilobyte, not a penny more, an estimated 300.",
            ">10, >= 30, < = 100, ≤ 5, ≥ 7; it exceeds 5, exceeded 6 and surpasses 7.",
            "Bigger or equal than 5, less or equal to 3, at least or equal to 4, up to 9.",
            "½ cup, .08 of it, twenty-five, dozens of them, a dozen eggs, half a million.",
            "In Excess Of 10, Just Over 20, A Little Under 3 and Close To 40 were seen.",
        ];
        let starts = at_every_token(&own, |reader, i, end, sentence| {
            if reader.amount_grammar(i, end).is_none() {
                return 0;
            }
            assert!(
                reader.may_start_amount(i, end),
                "an amount starts at {:?} in {sentence:?}",
                reader.tok(i)
            );
            1
        });
        assert!(starts > 150, "only {starts} amount starts seen");
    }

    /// `may_be_calendar_word` must admit every month and weekday form `dates` knows.
    #[test]
    fn calendar_test_admits_every_calendar_word() {
        let words = [
            "january",
            "jan",
            "february",
            "feb",
            "march",
            "mar",
            "april",
            "apr",
            "may",
            "june",
            "jun",
            "july",
            "jul",
            "august",
            "aug",
            "september",
            "sep",
            "sept",
            "october",
            "oct",
            "november",
            "nov",
            "december",
            "dec",
            "monday",
            "mon",
            "tuesday",
            "tue",
            "tues",
            "wednesday",
            "wed",
            "thursday",
            "thu",
            "thur",
            "thurs",
            "friday",
            "fri",
            "saturday",
            "sat",
            "sunday",
            "sun",
        ];
        for w in words {
            let known =
                crate::dates::month_number(w).is_some() || crate::dates::weekday(w).is_some();
            assert!(known, "{w} is no calendar word");
            for form in [
                w.to_string(),
                w.to_uppercase(),
                format!("{}.", w.to_uppercase()),
            ] {
                assert!(super::may_be_calendar_word(&form), "{form} rejected");
            }
            if crate::dates::weekday(w).is_some() {
                assert!(super::calendar_word(&format!("{w}s")), "{w}s rejected");
            }
        }
        // Anything else of up to four letters that the look-ups know is in the list above.
        let letters: Vec<char> = ('a'..='z').collect();
        for a in &letters {
            for b in &letters {
                for c in &letters {
                    let w = format!("{a}{b}{c}");
                    if crate::dates::month_number(&w).is_some()
                        || crate::dates::weekday(&w).is_some()
                    {
                        assert!(super::may_be_calendar_word(&w), "{w} rejected");
                    }
                }
            }
        }
    }

    /// `currency_code` skips its table for tokens that are not upper case.
    #[test]
    fn currency_codes_are_upper_case() {
        for c in super::CURRENCY_CODES {
            assert!(
                c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()),
                "{c}"
            );
            let code = if *c == "RMB" { "CNY" } else { c };
            assert_eq!(super::currency_code(c), Some(code));
        }
        assert_eq!(super::currency_code("usd"), Some("USD"));
        assert_eq!(super::currency_code("rmb"), Some("CNY"));
        assert_eq!(super::currency_code("Usd"), None);
        assert_eq!(super::currency_code("the"), None);
    }

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
                "It took one one hundredth of a second.",
                "one one hundredth",
                0.01,
            ),
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
            // Signs, fractions, digit groups, notation.
            ("It fell to -5 overnight.", "-5", -5.0),
            ("Minus five was the reading.", "Minus five", -5.0),
            ("The ratio was 3/4.", "3/4", 0.75),
            (
                "China's population is 1 414 021 100.",
                "1 414 021 100",
                1_414_021_100.0,
            ),
            ("The value was 1.3e6 in all.", "1.3e6", 1.3e6),
            ("The result is ½.", "½", 0.5),
            ("He needed 2 1/2 more.", "2 1/2", 2.5),
            // Word grammar.
            ("It was fifty - two.", "fifty - two", 52.0),
            (
                "They built one million and a half homes.",
                "one million and a half",
                1.5e6,
            ),
            (
                "Two hundred dozens were sold.",
                "Two hundred dozens",
                2400.0,
            ),
            ("Half a dozen boats sank.", "Half a dozen", 6.0),
            ("It reached three lakh crore.", "three lakh crore", 3e12),
            (
                "It came to nine point nought four.",
                "nine point nought four",
                9.04,
            ),
            ("He came eleventh.", "eleventh", 11.0),
            ("It was the twenty-first attempt.", "twenty-first", 21.0),
            ("It cost half a billion.", "half a billion", 5e8),
            (
                "Two thirds of a million voted.",
                "Two thirds of a million",
                2e6 / 3.0,
            ),
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
            // Codes glued to digits (the Duckling input "3.14US$" once panicked).
            ("The bill was USD115.", "USD115", 115.0, "USD", false),
            ("It sold at 3.25US$.", "3.25US$", 3.25, "USD", false),
            ("It cost 115.5USD in all.", "115.5USD", 115.5, "USD", false),
            ("They lost 30 MUSD.", "30 MUSD", 3e7, "USD", false),
            (
                "They lost 75 USD million.",
                "75 USD million",
                7.5e7,
                "USD",
                false,
            ),
            (
                "Shares hit c $ 1.34 a share.",
                "c $ 1.34",
                1.34,
                "CAD",
                false,
            ),
            (
                "It cost 3 dollars 50 cents.",
                "3 dollars 50 cents",
                3.5,
                "USD",
                true,
            ),
            (
                "It costs 42 kuwaiti dinars.",
                "42 kuwaiti dinars",
                42.0,
                "KWD",
                false,
            ),
            ("Her fine was 500 pounds.", "500 pounds", 500.0, "GBP", true),
            (
                "Profit was 361 million pounds.",
                "361 million pounds",
                3.61e8,
                "GBP",
                true,
            ),
            (
                "Supply was capped at ₿21,000,000.",
                "₿21,000,000",
                2.1e7,
                "BTC",
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
    fn quantities_and_ages_table() {
        let cases: &[(&str, FigureKind, f64, &str)] = &[
            // An earthquake's magnitude, before or after the number, or on the Richter scale.
            (
                "The magnitude 5.9 quake hit the region.",
                FigureKind::Quantity,
                5.9,
                "magnitude",
            ),
            (
                "A 7.8-magnitude earthquake struck.",
                FigureKind::Quantity,
                7.8,
                "magnitude",
            ),
            (
                "A 6.1 magnitude quake hit Japan.",
                FigureKind::Quantity,
                6.1,
                "magnitude",
            ),
            (
                "The quake measured 5.2 on the Richter scale.",
                FigureKind::Quantity,
                5.2,
                "magnitude",
            ),
            (
                "He is 5 ft 2 in tall.",
                FigureKind::Quantity,
                5.0 + 2.0 / 12.0,
                "ft",
            ),
            (
                "A 10-gallon water cooler fell.",
                FigureKind::Quantity,
                10.0,
                "gal",
            ),
            (
                "A three-foot trip followed.",
                FigureKind::Quantity,
                3.0,
                "ft",
            ),
            ("The 45-year-old man spoke.", FigureKind::Age, 45.0, "year"),
            (
                "The baby was ten months old.",
                FigureKind::Age,
                10.0,
                "month",
            ),
            (
                "It ran at 188 miles an hour.",
                FigureKind::Quantity,
                188.0,
                "mile/h",
            ),
            (
                "He lifted 200lbs easily.",
                FigureKind::Quantity,
                200.0,
                "lb",
            ),
            ("It weighs 25 pounds.", FigureKind::Quantity, 25.0, "lb"),
            ("I'm 1.8m tall.", FigureKind::Quantity, 1.8, "m"),
            ("It was 20 (kg) heavy.", FigureKind::Quantity, 20.0, "kg"),
            ("Add 1/2 cup of oil.", FigureKind::Quantity, 0.5, "cup"),
            ("The reading was 30 C.", FigureKind::Quantity, 30.0, "°C"),
        ];
        for (text, kind, value, unit) in cases {
            let f = one(text);
            assert_eq!(f.kind, *kind, "{text}: {f:?}");
            assert!((f.value.unwrap() - value).abs() < 1e-6, "{text}: {f:?}");
            assert_eq!(f.unit.as_deref(), Some(*unit), "{text}");
        }
    }

    #[test]
    fn bounds_and_ranges_table() {
        let cases: &[(&str, f64, Option<f64>, Option<Bound>)] = &[
            (
                "About five hundred or more came.",
                500.0,
                None,
                Some(Bound::AtLeast),
            ),
            (
                "Scores of 5000 or less were cut.",
                5000.0,
                None,
                Some(Bound::AtMost),
            ),
            (
                "It is still the case when >= 30.",
                30.0,
                None,
                Some(Bound::AtLeast),
            ),
            ("It is the case when <-30.", -30.0, None, Some(Bound::Below)),
            ("Sales might exceed 3000.", 3000.0, None, Some(Bound::Above)),
            (
                "It is bigger or equal than 3965.",
                3965.0,
                None,
                Some(Bound::AtLeast),
            ),
            ("The range is 20 through 100.", 20.0, Some(100.0), None),
            ("They were given 44 mg to 50 mg.", 44.0, Some(50.0), None),
            ("The range is 5k-20k.", 5000.0, Some(20000.0), None),
            ("It cost 10-20 dollars.", 10.0, Some(20.0), None),
        ];
        for (text, value, max, bound) in cases {
            let f = one(text);
            assert_eq!(
                (f.value, f.value_max, f.bound),
                (Some(*value), *max, *bound),
                "{text}"
            );
        }
    }

    #[test]
    fn ranges_of_years_are_years_and_counted_nouns_keep_inner_capitals() {
        let cases: &[(&str, FigureKind, f64, f64)] = &[
            (
                "The recall covers 2021-2023 Model S vehicles.",
                FigureKind::Year,
                2021.0,
                2023.0,
            ),
            (
                "Rents rose 17% between 2000 and 2019.",
                FigureKind::Year,
                2000.0,
                2019.0,
            ),
            (
                "He was manager from 2005 to 2014.",
                FigureKind::Year,
                2005.0,
                2014.0,
            ),
            // A count whose ends are not years, and ends too far apart to be a span of years.
            (
                "Between 1,950 and 2,000 people came.",
                FigureKind::Count,
                1950.0,
                2000.0,
            ),
            (
                "The index moved from 1900 to 2090.",
                FigureKind::Number,
                1900.0,
                2090.0,
            ),
        ];
        for (text, kind, value, max) in cases {
            let f = figures(text);
            let r = f
                .iter()
                .find(|f| f.value_max.is_some())
                .unwrap_or_else(|| panic!("{text}: {f:?}"));
            assert_eq!(
                (r.kind, r.value, r.value_max),
                (*kind, Some(*value), Some(*max)),
                "{text}"
            );
            if *kind == FigureKind::Year {
                assert_eq!(
                    r.date.as_deref(),
                    Some(format!("{value}").as_str()),
                    "{text}"
                );
                assert_eq!(r.counted, None, "{text}");
            }
        }
        let f = figures("Toyota recalled 1.9 million RAV4 SUVs and 300 trucks.");
        assert_eq!(f[0].counted.as_deref(), Some("SUVs"), "{f:?}");
        assert_eq!(f[1].counted.as_deref(), Some("trucks"), "{f:?}");
    }

    #[test]
    fn two_sided_bounds_and_signed_ranges_table() {
        type Case = (&'static str, &'static str, f64, Option<f64>, Option<Bound>);
        let cases: &[Case] = &[
            (
                "Estimates put the crowd at more than 10,000 and fewer than 20,000.",
                "more than 10,000 and fewer than 20,000",
                10000.0,
                Some(20000.0),
                None,
            ),
            (
                "The fund will hold at most 100 and at least 20 companies.",
                "at most 100 and at least 20",
                20.0,
                Some(100.0),
                None,
            ),
            (
                "Prices stayed above one quarter and below a half of the peak.",
                "above one quarter and below a half",
                0.25,
                Some(0.5),
                None,
            ),
            (
                "Temperatures were between negative ten and fifteen degrees.",
                "between negative ten and fifteen degrees",
                -10.0,
                Some(15.0),
                None,
            ),
            (
                "More than half the votes were counted.",
                "More than half",
                0.5,
                None,
                Some(Bound::Above),
            ),
        ];
        for (text, surface, value, max, bound) in cases {
            let f = one(text);
            assert_eq!(f.text, *surface, "{text}");
            assert_eq!(
                (f.value, f.value_max, f.bound),
                (Some(*value), *max, *bound),
                "{text}"
            );
        }
        // Bounds that do not enclose a range stay apart; "200 or greater than 190" is two.
        for (text, n) in [
            ("More than 40 died and less than 10 were hurt.", 2),
            ("His score is 200 or greater than 190.", 2),
            ("The poll had <>30 entries.", 1),
        ] {
            let f = figures(text);
            assert_eq!(f.len(), n, "{text}: {f:?}");
            assert!(f.iter().all(|f| f.value_max.is_none()), "{text}: {f:?}");
        }
        assert_eq!(figures("The poll had <>30 entries.")[0].bound, None);
        let f = figures("His score is 200 or greater than 190.");
        assert_eq!((f[0].value, f[0].bound), (Some(200.0), None));
        assert_eq!((f[1].value, f[1].bound), (Some(190.0), Some(Bound::Above)));
    }

    #[test]
    fn ratios_powers_and_compound_numbers_table() {
        let cases: &[(&str, &str, f64)] = &[
            (
                "One out of three voters stayed home.",
                "One out of three",
                1.0 / 3.0,
            ),
            (
                "Two out of every five homes were hit.",
                "Two out of every five",
                0.4,
            ),
            ("One in five adults smokes.", "One in five", 0.2),
            ("The odds were 1 over 3.", "1 over 3", 1.0 / 3.0),
            ("The ratio is one over twenty.", "one over twenty", 0.05),
            (
                "It holds 4 thousand 3 hundred and 21 seats.",
                "4 thousand 3 hundred and 21",
                4321.0,
            ),
            ("They paid 3 hundred and one.", "3 hundred and one", 301.0),
            (
                "The bill was 6 crore and two hundred.",
                "6 crore and two hundred",
                60_000_200.0,
            ),
            ("Its debt is 10 bln.", "10 bln", 1e10),
            ("The density was 1.3x10^6 per litre.", "1.3x10^6", 1.3e6),
            ("The factor was 2.48×10−5 in all.", "2.48×10−5", 2.48e-5),
            ("It grew by 2.5^-1 a year.", "2.5^-1", 0.4),
            ("Only one twenty-fifth was left.", "one twenty-fifth", 0.04),
            (
                "They got three twenty-firsts of it.",
                "three twenty-firsts",
                3.0 / 21.0,
            ),
            (
                "It shrank by twenty twenty fifths.",
                "twenty twenty fifths",
                0.8,
            ),
            (
                "The share was a twenty-first.",
                "a twenty-first",
                1.0 / 21.0,
            ),
            ("The rate fell to .08 overall.", ".08", 0.08),
        ];
        for (text, surface, value) in cases {
            let f = one(text);
            assert_eq!(f.text, *surface, "{text}");
            assert!(
                (f.value.unwrap() - value).abs() < 1e-9 * value.abs().max(1.0),
                "{text}: {:?}",
                f.value
            );
        }
        let more: &[(&str, &str, f64)] = &[
            (
                "They sold three hundred and two dozens.",
                "three hundred and two dozens",
                324.0,
            ),
            (
                "A hundred thousand trillionths is tiny.",
                "A hundred thousand trillionths",
                1e-7,
            ),
            ("It rose by one - fourth.", "one - fourth", 0.25),
            (
                "It was two hundred and a thirtieth.",
                "two hundred and a thirtieth",
                200.0 + 1.0 / 30.0,
            ),
        ];
        for (text, surface, value) in more {
            let f = one(text);
            assert_eq!(f.text, *surface, "{text}");
            assert!(
                (f.value.unwrap() - value).abs() < 1e-9 * value.abs().max(1.0),
                "{text}: {f:?}"
            );
        }
        let f = one("The fare is 100元 now.");
        assert_eq!((f.value, f.currency.as_deref()), (Some(100.0), Some("CNY")));
        let f = figures("They paid rmb 10 usd 20 for it.");
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(
            (f[1].value, f[1].currency.as_deref()),
            (Some(20.0), Some("USD"))
        );
        let f = one("They mixed 3 to 4 L of wine.");
        assert_eq!(
            (f.value, f.value_max, f.unit.as_deref()),
            (Some(3.0), Some(4.0), Some("l"))
        );
        let f = one("Exports reached 278,000 t of coal.");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Quantity, Some("t"))
        );
        let f = one("The patient is a 87 yo man.");
        assert_eq!(
            (f.kind, f.value, f.text.as_str()),
            (FigureKind::Age, Some(87.0), "87 yo")
        );
        let f = one("It is all that one mile can provide.");
        assert_eq!((f.kind, f.value), (FigureKind::Quantity, Some(1.0)));
        let f = one("She finished second in the final.");
        assert_eq!((f.kind, f.value), (FigureKind::Ordinal, Some(2.0)));
        let f = figures("The May 4th meeting was delayed.");
        assert_eq!((f.len(), f[0].kind), (1, FigureKind::Date), "{f:?}");
        for (text, want) in [
            ("The deadline is Feb. 29.", "2024-02-29"),
            ("She was born in April of 1987.", "1987-04"),
            ("It was signed on July 4th of 1995.", "1995-07-04"),
            ("The law took effect January first 2000.", "2000-01-01"),
            ("It opens on February twenty second.", "2023-02-22"),
        ] {
            let got = parse(text, &Options::default().published("2023-03-09").unwrap())
                .unwrap()
                .figures
                .into_iter()
                .find(|f| f.kind == FigureKind::Date)
                .and_then(|f| f.date);
            assert_eq!(got.as_deref(), Some(want), "{text}");
        }
        let f = figures("In March, 2000 people marched.");
        assert!(f.iter().any(|f| f.value == Some(2000.0)), "{f:?}");
        // A day without a year: the nearest one, unless a past verb just before it puts it on or
        // before the publication; "in three weeks" is a date only outside a story of the past.
        let published = Options::default().published("2023-12-22").unwrap();
        for (text, want) in [
            ("The album arrived on March 24.", Some("2023-03-24")),
            (
                "The prosecutor handed down an indictment on March 30.",
                Some("2023-03-30"),
            ),
            (
                "They will meet Michigan in the Rose Bowl on Jan. 1.",
                Some("2024-01-01"),
            ),
            (
                "The fight takes place on April 6 in Philadelphia.",
                Some("2024-04-06"),
            ),
            ("The vote will be held in three weeks.", Some("2024-01-12")),
            ("Within three weeks, the lead doubled.", None),
            ("Wilder hasn't fought in 14 months.", None),
            // After an ordinal or a superlative, a span too.
            (
                "The hikes, the fifth increase in two years, are part of the plan.",
                None,
            ),
            // A weekday looks ahead only in a clause about the future, with no past verb.
            (
                "The weather should ease by Thursday morning.",
                Some("2023-12-28"),
            ),
            ("They will meet on Friday.", Some("2023-12-22")),
            (
                "It will reveal itself -- it came Thursday.",
                Some("2023-12-21"),
            ),
            (
                "It was reported by The Detroit News late on Thursday.",
                Some("2023-12-21"),
            ),
            // "planned" as an adjective looks nowhere.
            (
                "PG&E initiated four rounds of planned outages in October.",
                Some("2023-10"),
            ),
        ] {
            let got = parse(text, &published)
                .unwrap()
                .figures
                .into_iter()
                .find(|f| f.kind == FigureKind::Date)
                .and_then(|f| f.date);
            assert_eq!(got.as_deref(), want, "{text}");
        }
        // A weekday picks the year (or month) of an underspecified day.
        let d = |text: &str| {
            parse(text, &Options::default().published("2023-03-09").unwrap())
                .unwrap()
                .figures
                .into_iter()
                .find(|f| f.kind == FigureKind::Date)
                .and_then(|f| f.date)
        };
        assert_eq!(
            d("It starts on Monday, March 13.").as_deref(),
            Some("2023-03-13")
        );
        assert_eq!(
            d("The vote was on Thursday, November 17.").as_deref(),
            Some("2022-11-17")
        );
        assert_eq!(
            d("We met on Friday the 17th.").as_deref(),
            Some("2023-02-17")
        );
        assert_eq!(
            d("It will end on Monday 13th.").as_deref(),
            Some("2023-03-13")
        );
        assert_eq!(
            d("A forum is set for Wednesday, 6:30 PM.").as_deref(),
            Some("2023-03-08")
        );
        assert_eq!(
            d("He spoke this past Wednesday.").as_deref(),
            Some("2023-03-08")
        );
        assert_eq!(d("He spoke past Thursday.").as_deref(), Some("2023-03-02"));
        // Not ratios: a year, a duration, "over" meaning "more than".
        for text in [
            "One in 2019 and two in 2020 were built.",
            "He scored 1 in 3 days.",
            "Prices rose 5 over 3 years.",
        ] {
            assert!(
                figures(text)
                    .iter()
                    .all(|f| f.value.is_none_or(|v| v >= 1.0)),
                "{text}: {:?}",
                figures(text)
            );
        }
        // A twenty-first birthday is an ordinal, not a fraction.
        let f = one("She had a twenty-first birthday party.");
        assert_eq!((f.kind, f.value), (FigureKind::Ordinal, Some(21.0)));
        // Money split by the sentence splitter: "USD3.25".
        let f = one("It costs USD3.25 today.");
        assert_eq!((f.value, f.currency.as_deref()), (Some(3.25), Some("USD")));
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
        // An adverb after a bare number is nothing it counts.
        let f = figures("Spend the next two ahead adding a little back each night.");
        assert!(f.iter().all(|f| f.counted.is_none()), "{f:?}");
        let f = figures("She was unknown to him, but the two matched anyway and began texting.");
        assert!(f.iter().all(|f| f.counted.is_none()), "{f:?}");
        // A verb after a bare number: the people are unnamed, the verb still sets the category.
        let f = figures("At least 12 died in the crash, and 40 remain missing.");
        assert_eq!(f[0].counted, None, "{f:?}");
        assert_eq!(f[0].category, Some(FigureCategory::Killed));
        assert_eq!(f[1].counted, None, "{f:?}");
        let f = figures("It strikes 5.2-10 people of 10,000 suffering annually.");
        assert_eq!(f[1].value, Some(10000.0));
        assert_eq!(f[1].counted, None, "{f:?}");
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
            // Numeric and month-name forms.
            ("It was signed on 11/8/2016.", "2016-11-08"),
            ("It was signed on Nov 8, 2016.", "2016-11-08"),
            ("It was signed on 13.5.2015.", "2015-05-13"),
            ("It was published in Dec-2018 and sold.", "2018-12"),
            ("It was published in 2015-12.", "2015-12"),
            ("It happened on the 4th of July 1995.", "1995-07-04"),
            ("It happened on 12 February 2026.", "2026-02-12"),
            ("Prices rose in early March.", "2025-03"),
            ("He arrived on the 21st.", "2026-01-21"),
            // Relative forms (weeks start on Monday; "last Friday" is last week's).
            ("He left two weeks ago.", "2026-01-31"),
            ("The vote is in 3 days.", "2026-02-17"),
            ("Three weeks later it was approved.", "2026-03-07"),
            ("It happened the day before yesterday.", "2026-02-12"),
            ("They met last Friday.", "2026-02-06"),
            ("They meet next Friday.", "2026-02-20"),
            ("They meet on Tuesday next week.", "2026-02-17"),
            ("It starts this coming Monday.", "2026-02-16"),
            ("The deliveries begin next month.", "2026-03"),
            // Holidays.
            ("They celebrated Christmas.", "2025-12-25"),
            // A holiday in the coming weeks is that one unless the sentence tells of the past;
            // "this" names the one of the year; "won't" looks forward.
            ("The parade is on St. Patrick's Day.", "2026-03-17"),
            ("They marched on St. Patrick's Day.", "2025-03-17"),
            ("There is no snow this Christmas.", "2026-12-25"),
            ("He won't work on Thursday.", "2026-02-19"),
            // A passive's agent is no deadline: "by" looks forward only before the date.
            ("Raises were won by the union in September.", "2025-09"),
            ("The work must be done by September.", "2026-09"),
            ("It reopened after Easter 2018.", "2018-04-01"),
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
    fn later_counts_from_the_last_full_date_before_it() {
        let cases = [
            (
                "It passed on March 3, 2025. Two days later it was signed.",
                "2025-03-05",
            ),
            (
                "They married on April 22, 2023, in Houston, with a party in Mexico a few weeks \
                 later.",
                "2023-05-13",
            ),
        ];
        for (text, want) in cases {
            let f = figures(text);
            let later = f
                .iter()
                .rfind(|f| f.kind == FigureKind::Date)
                .unwrap_or_else(|| panic!("no date in {text}: {f:?}"));
            assert_eq!(later.date.as_deref(), Some(want), "{text}");
            assert_eq!(
                later.date_anchor,
                Some(crate::DateAnchor::Earlier),
                "{text}"
            );
        }
        // Chained "later"s read back one step at a time and stay linear.
        let text = "It began on May 1, 2024. ".to_string() + &"A day later it grew. ".repeat(2000);
        assert!(figures(&text).len() > 2000);
    }

    /// One date or year figure per case: (text, its surface, its date). Published Saturday
    /// 2026-02-14.
    #[test]
    fn date_grammar_table() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            // Month and day in digits without a year: after a date word, in a list, or alone
            // when the day cannot be a fraction's denominator.
            ("It was signed on 12/20.", "12/20", Some("2025-12-20")),
            ("The vote is on 3/5.", "3/5", Some("2026-03-05")),
            (
                "Talks on 1/20, 1/22 or 1/25 failed.",
                "1/25",
                Some("2026-01-25"),
            ),
            (
                "Offices close 22/04 for the holiday.",
                "22/04",
                Some("2026-04-22"),
            ),
            (
                "The summit opens Friday 7.6.",
                "Friday 7.6",
                Some("2026-07-06"),
            ),
            (
                "It was filed 08/12,2015 in court.",
                "08/12,2015",
                Some("2015-08-12"),
            ),
            // Spelled years and spelled days.
            (
                "He was born on twenty five January nineteen eighty six.",
                "twenty five January nineteen eighty six",
                Some("1986-01-25"),
            ),
            (
                "They left in nineteen ninety six.",
                "nineteen ninety six",
                Some("1996"),
            ),
            (
                "It opened in October two thousand and five.",
                "October two thousand and five",
                Some("2005-10"),
            ),
            (
                "The ship sailed on 6 April seventeen hundred thirty three.",
                "6 April seventeen hundred thirty three",
                Some("1733-04-06"),
            ),
            (
                // Told in the past: the latest May 29 before the publication.
                "It happened on May twenty nine.",
                "May twenty nine",
                Some("2025-05-29"),
            ),
            ("It happened on Jan first.", "Jan first", Some("2026-01-01")),
            (
                "It began on September the twenty-first.",
                "September the twenty-first",
                Some("2025-09-21"),
            ),
            (
                "She returns on the twentieth.",
                "the twentieth",
                Some("2026-01-20"),
            ),
            ("He arrived Dec, 2018.", "Dec, 2018", Some("2018-12")),
            (
                "It was founded in april 2017.",
                "april 2017",
                Some("2017-04"),
            ),
            (
                "It happened on 18 and 19 January.",
                "18",
                Some("2026-01-18"),
            ),
            // Ordinal weekdays and months, days of relative months.
            (
                "The vote was held on the first Tuesday in March 2025.",
                "the first Tuesday in March 2025",
                Some("2025-03-04"),
            ),
            (
                "Voting ends on the 20th of next month.",
                "the 20th of next month",
                Some("2026-03-20"),
            ),
            (
                "It was the 31st of this month.",
                "the 31st of this month",
                None,
            ),
            (
                "It ends the third month of 2027.",
                "the third month of 2027",
                Some("2027-03"),
            ),
            (
                "Talks resume the 9th month of next year.",
                "the 9th month of next year",
                Some("2027-09"),
            ),
            ("It was dated Feb 30.", "Feb 30", None),
            // Chains and counts of days.
            (
                "It closes in four business days.",
                "in four business days",
                Some("2026-02-19"),
            ),
            (
                "They meet two Sundays from now.",
                "two Sundays from now",
                Some("2026-02-22"),
            ),
            (
                "They meet Monday two weeks from now.",
                "Monday two weeks from now",
                Some("2026-02-23"),
            ),
            (
                "They worked for the last 3 months and 2 days ago found it.",
                "2 days ago",
                Some("2026-02-12"),
            ),
            (
                "The deal closes next 5/12.",
                "next 5/12",
                Some("2026-05-12"),
            ),
            (
                "The deal closes next 1/12.",
                "next 1/12",
                Some("2027-01-12"),
            ),
            ("They met on wednesday.", "wednesday", Some("2026-02-11")),
        ];
        for (text, surface, want) in cases {
            let f = figures(text);
            let d = f
                .iter()
                .find(|f| {
                    matches!(f.kind, FigureKind::Date | FigureKind::Year) && f.text == *surface
                })
                .unwrap_or_else(|| panic!("no date {surface:?} in {text}: {f:?}"));
            assert_eq!(d.date.as_deref(), *want, "{text}");
        }
    }

    /// News text the date grammar must leave alone.
    #[test]
    fn not_dates() {
        for (text, surface) in [
            ("A 3/4 majority is needed.", "3/4"),
            ("They worked 24/7 after 9/11.", "24/7"),
            ("They worked 24/7 after 9/11.", "9/11"),
            ("He won 6/4 in the final.", "6/4"),
            ("The rate was 4.22 on Monday.", "4.22"),
            ("It fell for the second time.", "the second"),
            ("On May 5 two thousand people marched.", "two thousand"),
            ("In March twenty protesters were hurt.", "March twenty"),
            ("She may march 5 miles.", "march 5"),
            ("The first Sunday after the vote was calm.", "first Sunday"),
            ("Prices rose from the 25% tariffs.", "the 25"),
            (
                "Wait until the fourth or fifth day of the festival.",
                "the fourth",
            ),
            ("Deals for cyber monday and black friday.", "monday"),
            (
                "The first test in five months on Monday.",
                "in five months on Monday",
            ),
            (
                "Most range between tens of thousands and hundreds of thousands.",
                "thousands",
            ),
            ("YOU MAY LIKE", "MAY"),
        ] {
            let f = figures(text);
            assert!(
                !f.iter()
                    .any(|f| matches!(f.kind, FigureKind::Date | FigureKind::Year)
                        && f.text.contains(surface)),
                "{text}: {f:?}"
            );
        }
        let f = figures("On May 5 two thousand people marched.");
        assert!(f.iter().any(|f| f.value == Some(2000.0)), "{f:?}");
    }

    /// Units written around a number: inches closing a phrase or before a dimension, powers
    /// of lengths.
    #[test]
    fn unit_forms_table() {
        let cases: &[(&str, f64, &str)] = &[
            ("The board is 2 in thick.", 2.0, "in"),
            ("The door is 2 1/2 in thick.", 2.5, "in"),
            ("The length of my pencil is 2 in.", 2.0, "in"),
            ("The lake covers 4 km squared.", 4.0, "km2"),
            ("The lake covers 4km^2 of land.", 4.0, "km2"),
            ("The eruption moved 4 km cubed of rock.", 4.0, "km3"),
        ];
        for (text, value, unit) in cases {
            let f = figures(text);
            assert!(
                f.iter()
                    .any(|f| f.value == Some(*value) && f.unit.as_deref() == Some(*unit)),
                "{text}: {f:?}"
            );
        }
        // "in" before a count is the preposition.
        for text in [
            "Only 2 in 10 voters agreed.",
            "Police: 2 In Custody After Death.",
            "He was (0-2 in '23) last year.",
        ] {
            let f = figures(text);
            assert!(
                f.iter().all(|f| f.unit.as_deref() != Some("in")),
                "{text}: {f:?}"
            );
        }
        // "a second person briefed on the talks" is a position.
        let f = figures("A second person briefed on the talks said so.");
        assert!(f.iter().any(|f| f.kind == FigureKind::Ordinal), "{f:?}");
        let f = figures("It is the one in which he won.");
        assert!(f.iter().all(|f| f.value != Some(1.0)), "{f:?}");
    }

    /// The figures of a text as (kind, value, value_max, unit, currency), dates left out.
    type Row = (
        FigureKind,
        Option<f64>,
        Option<f64>,
        Option<String>,
        Option<String>,
    );

    fn rows(text: &str) -> Vec<Row> {
        figures(text)
            .into_iter()
            .filter(|f| !matches!(f.kind, FigureKind::Date | FigureKind::Year))
            .map(|f| (f.kind, f.value, f.value_max, f.unit, f.currency))
            .collect()
    }

    fn row(kind: FigureKind, value: f64, max: Option<f64>, unit: Option<&str>) -> Row {
        (kind, Some(value), max, unit.map(str::to_string), None)
    }

    #[test]
    fn units_shared_suspended_and_written_out_table() {
        use FigureKind::{Age, Number, Quantity};
        let cases: &[(&str, &[Row])] = &[
            // A suspended hyphen takes the unit of the compound after it.
            (
                "Nasa is studying an 8- to 16-meter space telescope.",
                &[row(Quantity, 8.0, Some(16.0), Some("m"))],
            ),
            (
                "Crews built 10- to 12-foot walls along the river.",
                &[row(Quantity, 10.0, Some(12.0), Some("ft"))],
            ),
            (
                "The camp takes 5- or 6-year-olds.",
                &[
                    row(Age, 5.0, None, Some("year")),
                    row(Age, 6.0, None, Some("year")),
                ],
            ),
            // A bare number before "and"/"or" and a number with a unit shares the unit.
            (
                "Patients were given 45 and 50 mg doses.",
                &[
                    row(Quantity, 45.0, None, Some("mg")),
                    row(Quantity, 50.0, None, Some("mg")),
                ],
            ),
            (
                "The storm moved 5 or 6 miles inland.",
                &[
                    row(Quantity, 5.0, None, Some("mile")),
                    row(Quantity, 6.0, None, Some("mile")),
                ],
            ),
            // … also after a bound.
            (
                "Some adults function on fewer than seven or eight hours of sleep.",
                &[
                    row(Quantity, 7.0, None, Some("h")),
                    row(Quantity, 8.0, None, Some("h")),
                ],
            ),
            // A range of units runs from its low end.
            (
                "Overnight temperatures ranged from -18 °C to -34 °C.",
                &[row(Quantity, -34.0, Some(-18.0), Some("°C"))],
            ),
            // One of a unit written with an article; not a rate after a price.
            (
                "A gallon of milk now costs more than bread.",
                &[row(Quantity, 1.0, None, Some("gal"))],
            ),
            (
                "Each phone stores a gigabyte of photos.",
                &[row(Quantity, 1.0, None, Some("GB"))],
            ),
            // Pounds of a material are a weight.
            (
                "Agents seized 25 pounds of cocaine.",
                &[row(Quantity, 25.0, None, Some("lb"))],
            ),
            (
                "One pound of coal yields more heat.",
                &[row(Quantity, 1.0, None, Some("lb"))],
            ),
            // A value and its uncertainty.
            (
                "The sample weighed 2.5 ± 0.3 kg.",
                &[row(Quantity, 2.5, None, Some("kg"))],
            ),
            // Temperatures in British style, glued or spaced.
            (
                "Highs of 30C are forecast, after lows of -10C.",
                &[
                    row(Quantity, 30.0, None, Some("°C")),
                    row(Quantity, -10.0, None, Some("°C")),
                ],
            ),
            (
                "It will be 30 C outside by noon.",
                &[row(Quantity, 30.0, None, Some("°C"))],
            ),
            (
                "Wind chills hit -40F overnight.",
                &[row(Quantity, -40.0, None, Some("°F"))],
            ),
            // Kelvins after a temperature; absolute zero; the scale named after degrees.
            (
                "The reactor runs at 300 °C (572 °F, 573.15K).",
                &[
                    row(Quantity, 300.0, None, Some("°C")),
                    row(Quantity, 572.0, None, Some("°F")),
                    row(Quantity, 573.15, None, Some("K")),
                ],
            ),
            (
                "The atoms were cooled to near absolute zero.",
                &[row(Quantity, 0.0, None, Some("K"))],
            ),
            (
                "Water boils at 212° on the Fahrenheit scale.",
                &[row(Quantity, 212.0, None, Some("°F"))],
            ),
            // Geological time; inch marks.
            (
                "The asteroid struck 66 Ma ago.",
                &[row(Quantity, 66.0, None, Some("Ma"))],
            ),
            (
                "He bought a 65\" TV for the den.",
                &[row(Quantity, 65.0, None, Some("in"))],
            ),
            // A decimal that cannot be a time before "pm" is picometres.
            (
                "The bond is 2.123 pm long.",
                &[row(Quantity, 2.123, None, Some("pm"))],
            ),
            // A number joined to a word that is not its unit stands alone, and counts nothing.
            (
                "The result has 6.0-sigma significance.",
                &[row(Number, 6.0, None, None)],
            ),
            (
                "They stayed in a 5-star hotel.",
                &[row(Number, 5.0, None, None)],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(&rows(text), want, "{text}");
        }
        // Not units: a rate after a price, a closing quote, times, labels, cents, objects.
        for (text, unit) in [
            ("They were rolling a barrel through the fields.", "barrel"),
            ("It costs a fraction of a cent per query.", "cent"),
            ("Gas sold for $3 a gallon.", "gal"),
            ("Oil rose to $80 a barrel.", "barrel"),
            ("\"We need 9\" he said.", "in"),
            ("She said \"the line opens at 9\" and left.", "in"),
            ("Section 30 C of the act applies.", "°C"),
            ("Pupils in Form 3C sat the exam.", "°C"),
            ("Profit was 14.7C/ per unit.", "°C"),
            ("The talks began at 2.30 pm on Friday.", "pm"),
            ("Polls closed at 8 pm.", "pm"),
        ] {
            let f = figures(text);
            assert!(
                f.iter().all(|f| f.unit.as_deref() != Some(unit)),
                "{text}: {f:?}"
            );
        }
        // Hyphenated scales; "a $5 fee" is US dollars, not Australian.
        for (text, value, currency) in [
            ("He unveiled a $1.6-trillion plan.", 1.6e12, "USD"),
            ("Ronaldo faces a $1-billion lawsuit.", 1e9, "USD"),
            ("They paid a $5 fee.", 5.0, "USD"),
        ] {
            let f = figures(text);
            assert!(
                f.iter()
                    .any(|f| f.value == Some(value) && f.currency.as_deref() == Some(currency)),
                "{text}: {f:?}"
            );
        }
        let f = figures("The laptop has an M3 chip (8C/10C) and 16 GB.");
        assert!(f.iter().all(|f| f.unit.as_deref() != Some("°C")), "{f:?}");
        // "Waitangi Day-February 6-this year": a dash, not a compound.
        let f = figures("They met on Waitangi Day-February 6-this year.");
        assert!(f.iter().all(|f| f.kind != FigureKind::Number), "{f:?}");
        let f = figures("Sales saw an 18-fold rise.");
        assert!(f.iter().any(|f| f.value == Some(18.0)), "{f:?}");
        // "a 5-star hotel" is not five hotels.
        let f = figures("They stayed in a 5-star hotel.");
        assert!(f.iter().all(|f| f.counted.is_none()), "{f:?}");
    }

    #[test]
    fn money_rates_accounting_and_article_table() {
        let cases: &[(&str, f64, Option<f64>, &str)] = &[
            (
                "Gallium rose from $350 per kg to $680 per kg.",
                350.0,
                Some(680.0),
                "USD",
            ),
            (
                "Crude went from $60 a barrel to $80 a barrel.",
                60.0,
                Some(80.0),
                "USD",
            ),
            ("The net loss was ($5.2 million).", -5.2e6, None, "USD"),
            ("He would not pay a penny more.", 1.0, None, "GBP"),
        ];
        for (text, value, max, currency) in cases {
            let f = figures(text);
            assert!(
                f.iter().any(|f| f.kind == FigureKind::Money
                    && f.value == Some(*value)
                    && f.value_max == *max
                    && f.currency.as_deref() == Some(*currency)),
                "{text}: {f:?}"
            );
        }
        // An amount in parentheses after a noun is an aside, not a negative.
        let f = figures("The fee ($50) was waived.");
        assert!(f.iter().any(|f| f.value == Some(50.0)), "{f:?}");
    }

    #[test]
    fn spelled_lists_and_compound_denominators_table() {
        let cases: &[(&str, &[f64])] = &[
            ("He read out the code three-nought-four.", &[3.0, 0.0, 4.0]),
            (
                "See exercises nrs. 22,24,26,31 in the book.",
                &[22.0, 24.0, 26.0, 31.0],
            ),
            ("The fund holds 2,345 shares.", &[2345.0]),
            (
                "It rose by three million, two hundred & forty.",
                &[3_000_240.0],
            ),
            ("It marks the one hundred and fifth anniversary.", &[105.0]),
            (
                "It is one one hundred and fifth of the total.",
                &[1.0 / 105.0],
            ),
            ("It is one hundred thirty fifths of that.", &[100.0 / 35.0]),
            ("It is one hundred and thirty fifths of that.", &[26.0]),
        ];
        for (text, want) in cases {
            let got: Vec<f64> = rows(text).into_iter().filter_map(|r| r.1).collect();
            assert!(
                got.len() == want.len()
                    && got
                        .iter()
                        .zip(*want)
                        .all(|(a, b)| (a - b).abs() <= 1e-9 * b.abs()),
                "{text}: {got:?}"
            );
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
            "The 13F filing came as a Boeing 777F landed.",
            "Carriers sold 5G phones.",
            "The ratio was 30/4.85 after 9/11.",
            "Posted at 11:15AM.",
            "He sat in a first class seat after a first aid course.",
            "The deputies of Movimento 5 Stelle walked out.",
            "The S&P 500 and the FTSE 100 closed higher.",
            "It trained generators like Stable Diffusion 1.5 and Google’s Imagen.",
            "Pollution from PM2.5 and PM10 rose.",
            // Numbers that are part of a name ("Big 12"), a product ("iPhone 15") or a catalogue.
            "The SEC and the Big Ten have deals, and the Big 12 schools joined a Power 5 team.",
            "Apple sold the iPhone 15 and the iPad Air 6 after the iPhone 14 Plus.",
            "Galaxies such as the Orion Nebula (Messier 42) are bright.",
            "He left Formula One after the Final Four.",
        ] {
            let f: Vec<_> = figures(text)
                .into_iter()
                .filter(|f| f.kind != FigureKind::Date || text.contains("may"))
                .collect();
            assert!(f.is_empty(), "{text}: {f:?}");
        }
    }

    #[test]
    fn sports_and_ordinals_are_not_counts_of_casualties() {
        // (text, figure surface, kind, counted, category)
        type Case<'a> = (
            &'a str,
            &'a str,
            FigureKind,
            Option<&'a str>,
            Option<FigureCategory>,
        );
        let cases: &[Case<'_>] = &[
            // A losing streak is no casualty count.
            (
                "The Pistons have lost 25 in a row.",
                "25",
                FigureKind::Number,
                None,
                None,
            ),
            // A count after a place, a plural or an acronym is no part of a name.
            (
                "In Gaza 20 people were killed.",
                "20",
                FigureKind::Count,
                Some("people"),
                Some(FigureCategory::Killed),
            ),
            (
                "The polls gave Democrats 50 seats.",
                "50",
                FigureKind::Count,
                Some("seats"),
                Some(FigureCategory::Votes),
            ),
            // Scores and ranks stay figures.
            ("Chelsea 2, Arsenal 1.", "2", FigureKind::Number, None, None),
            (
                "He was ranked No. 1 in the world.",
                "1",
                FigureKind::Number,
                None,
                None,
            ),
            // A plural scale of a plural scale is one figure, and counts the noun after "of".
            (
                "It left hundreds of thousands of people without power.",
                "hundreds of thousands",
                FigureKind::Count,
                Some("people"),
                Some(FigureCategory::People),
            ),
            (
                "Tens of thousands of protesters marched.",
                "Tens of thousands",
                FigureKind::Count,
                Some("protesters"),
                Some(FigureCategory::Protesters),
            ),
            (
                "They will walk away with hundreds of millions of dollars.",
                "hundreds of millions of dollars",
                FigureKind::Money,
                None,
                Some(FigureCategory::Money),
            ),
            (
                "It affected nearly 2.5 million people and outraged local officials.",
                "nearly 2.5 million",
                FigureKind::Count,
                Some("people"),
                Some(FigureCategory::People),
            ),
            // A modal starts the clause after a bare count: nothing counted.
            (
                "The three could make the trip.",
                "three",
                FigureKind::Number,
                None,
                None,
            ),
            // A game's points are counted; a poll's are percentage points.
            (
                "He scored 27 points in the loss.",
                "27",
                FigureKind::Count,
                Some("points"),
                None,
            ),
            (
                "Clinton leads Trump by 5 points in the poll.",
                "5 points",
                FigureKind::Percent,
                None,
                None,
            ),
            // "US" is no plural; a coordinated modifier before the counted plural.
            (
                "Roughly 13,000 US troops remain in Afghanistan.",
                "Roughly 13,000",
                FigureKind::Count,
                Some("troops"),
                Some(FigureCategory::Troops),
            ),
            (
                "There have been 2,028 media and telecom deals this year.",
                "2,028",
                FigureKind::Count,
                Some("deals"),
                None,
            ),
            // A part of a counted whole.
            (
                "Officials said 11 of the 12 cities were polluted.",
                "11",
                FigureKind::Count,
                Some("cities"),
                None,
            ),
            // A year before a singular word after a determiner; "the 2000 runners" count.
            (
                "The primary season for the 2024 presidential election begins in January.",
                "2024",
                FigureKind::Year,
                None,
                None,
            ),
            (
                "The 2000 runners set off.",
                "2000",
                FigureKind::Count,
                Some("runners"),
                None,
            ),
            // A year that names an event.
            (
                "He won gold at the 2008 Beijing Olympics.",
                "2008",
                FigureKind::Year,
                None,
                None,
            ),
            (
                "Lukaku scored a third goal for Belgium.",
                "third",
                FigureKind::Ordinal,
                None,
                None,
            ),
            (
                "She won a fifth term in office.",
                "fifth",
                FigureKind::Ordinal,
                None,
                None,
            ),
            (
                "About a third of voters agreed.",
                "About a third",
                FigureKind::Number,
                None,
                None,
            ),
            (
                "Costs were a third higher.",
                "a third",
                FigureKind::Number,
                None,
                None,
            ),
            (
                "Tunisia lost 1 – 2 to England.",
                "1 – 2",
                FigureKind::Number,
                None,
                None,
            ),
            (
                "The plant lost 5,000 jobs.",
                "5,000",
                FigureKind::Count,
                Some("jobs"),
                None,
            ),
            (
                "They lost 35,000 of their own men.",
                "35,000",
                FigureKind::Count,
                Some("men"),
                Some(FigureCategory::Casualties),
            ),
            (
                "Police arrested 12 Americans.",
                "12",
                FigureKind::Count,
                Some("americans"),
                Some(FigureCategory::Arrested),
            ),
            ("Sweden went 1 - 0 up.", "0", FigureKind::Number, None, None),
        ];
        for &(text, surface, kind, counted, category) in cases {
            let all = figures(text);
            let f = all
                .iter()
                .find(|f| f.text == surface)
                .unwrap_or_else(|| panic!("{text}: no {surface:?} in {all:?}"));
            assert_eq!(
                (f.kind, f.counted.as_deref(), f.category),
                (kind, counted, category),
                "{text}"
            );
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
