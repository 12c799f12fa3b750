//! Calendar words and date parsing shared by the layout and figure stages.

use std::sync::LazyLock;

use jiff::civil::{Date, Weekday};
use regex::Regex;

/// The month number (1–12) of a month name or abbreviation ("Feb", "Feb.", "Sept", "December").
/// `word` without trailing periods, ASCII-lowercased into a small buffer (no allocation: these
/// look-ups run at every token); `None` when it is longer than any calendar word.
fn small_lower(word: &str) -> Option<([u8; 9], usize)> {
    let w = word.trim_end_matches('.').as_bytes();
    if w.len() > 9 {
        return None;
    }
    let mut buf = [0u8; 9];
    for (b, c) in buf.iter_mut().zip(w) {
        *b = c.to_ascii_lowercase();
    }
    Some((buf, w.len()))
}

pub(crate) fn month_number(word: &str) -> Option<i8> {
    let (buf, n) = small_lower(word)?;
    let m = match std::str::from_utf8(&buf[..n]).ok()? {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// The weekday of a weekday name or abbreviation ("Friday", "Fri.").
pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    let (buf, n) = small_lower(word)?;
    Some(match std::str::from_utf8(&buf[..n]).ok()? {
        "monday" | "mon" => Weekday::Monday,
        "tuesday" | "tue" | "tues" => Weekday::Tuesday,
        "wednesday" | "wed" => Weekday::Wednesday,
        "thursday" | "thu" | "thur" | "thurs" => Weekday::Thursday,
        "friday" | "fri" => Weekday::Friday,
        "saturday" | "sat" => Weekday::Saturday,
        "sunday" | "sun" => Weekday::Sunday,
        _ => return None,
    })
}

/// A month-name alternation for regexes, longest forms first.
pub(crate) const MONTH_PATTERN: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)";

static FULL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let p = format!(
        r"(?x)
        (?P<iso>(?-u:\b)(?P<iy>(?:19|20)\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])(?:[^\d]|$))
        | (?P<mdy>(?-u:\b)(?P<m1>{m})\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)(?-u:\b))
        | (?P<dmy>(?-u:\b)(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m2>{m})\,?\s+(?P<y2>(?:19|20)\d\d)(?-u:\b))
        | (?P<us>(?-u:\b)(?P<um>1[0-2]|0?[1-9])[/-](?P<ud>3[01]|[12]\d|0?[1-9])[/-](?P<uy>(?:19|20)\d\d)(?-u:\b))",
        m = MONTH_PATTERN
    );
    Regex::new(&p).expect("valid date regex")
});

/// The first complete calendar date written in `s` ("Feb. 13, 2026", "13 February 2026",
/// "2026-02-13", "2/13/2026", "2-13-2026" month first as US pages write it).
pub(crate) fn find_full_date(s: &str) -> Option<Date> {
    // Every form holds a year that starts "19" or "20": a literal test spares the regex (and its
    // captures) on most lines and blocks.
    if !s.contains("19") && !s.contains("20") {
        return None;
    }
    for caps in FULL_DATE.captures_iter(s) {
        let (y, m, d) = if caps.name("iso").is_some() {
            (
                caps["iy"].parse().ok()?,
                caps["im"].parse().ok()?,
                caps["id"].parse().ok()?,
            )
        } else if caps.name("mdy").is_some() {
            (
                caps["y1"].parse().ok()?,
                month_number(&caps["m1"])?,
                caps["d1"].parse().ok()?,
            )
        } else if caps.name("dmy").is_some() {
            (
                caps["y2"].parse().ok()?,
                month_number(&caps["m2"])?,
                caps["d2"].parse().ok()?,
            )
        } else {
            (
                caps["uy"].parse().ok()?,
                caps["um"].parse().ok()?,
                caps["ud"].parse().ok()?,
            )
        };
        if let Ok(date) = Date::new(y, m, d) {
            return Some(date);
        }
    }
    None
}

static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[/_-]((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/_.-]|$)|/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/")
        .expect("valid url date regex")
});

/// A date embedded in a URL path (`/2026-02-11/`, `/2026/02/11/`, `/20260211/`).
pub(crate) fn url_date(url: &str) -> Option<Date> {
    let caps = URL_DATE.captures(url)?;
    let (y, m, d) = if caps.get(1).is_some() {
        (1, 2, 3)
    } else {
        (4, 5, 6)
    };
    Date::new(
        caps[y].parse().ok()?,
        caps[m].parse().ok()?,
        caps[d].parse().ok()?,
    )
    .ok()
}

/// `YYYY-MM-DD` of a date.
pub(crate) fn iso(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// Parses a caller-supplied `YYYY-MM-DD`.
pub(crate) fn parse_iso(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    Date::new(
        s[0..4].parse().ok()?,
        s[5..7].parse().ok()?,
        s[8..10].parse().ok()?,
    )
    .ok()
}

/// Adds `days` (may be negative) to a date, saturating at the calendar's ends.
pub(crate) fn add_days(date: Date, days: i64) -> Date {
    date.checked_add(jiff::Span::new().days(days))
        .unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_dates() {
        let cases = [
            ("December 17, 2023, 12:34 PM", Some("2023-12-17")),
            ("Published Feb. 13, 2026", Some("2026-02-13")),
            ("13 February 2026 10:00 GMT", Some("2026-02-13")),
            ("Updated 2026-02-14T09:00", Some("2026-02-14")),
            ("2/13/2026", Some("2026-02-13")),
            ("Dale Hurd 12-20-2023", Some("2023-12-20")),
            ("Feb. 30, 2026 then March 1, 2026", Some("2026-03-01")),
            ("no date here 2026", None),
        ];
        for (s, want) in cases {
            assert_eq!(find_full_date(s).map(iso).as_deref(), want, "{s}");
        }
    }

    #[test]
    fn url_dates() {
        let cases = [
            (
                "https://www.bloomberg.com/news/articles/2026-02-11/russian-war",
                Some("2026-02-11"),
            ),
            (
                "https://example.com/2023/12/17/story.html",
                Some("2023-12-17"),
            ),
            (
                "https://example.com/news/20231217/story",
                Some("2023-12-17"),
            ),
            ("https://example.com/author/charlie-hancock", None),
            ("https://example.com/id/2023-13-45/", None),
        ];
        for (u, want) in cases {
            assert_eq!(url_date(u).map(iso).as_deref(), want, "{u}");
        }
    }

    #[test]
    fn words() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("Mayo"), None);
        assert_eq!(weekday("Fri."), Some(Weekday::Friday));
        assert_eq!(parse_iso("2026-02-30"), None);
        assert_eq!(
            parse_iso("2026-02-13").map(iso).as_deref(),
            Some("2026-02-13")
        );
    }
}

/// The date of a weekday named relative to `anchor`. With an exact anchor (the publication date)
/// the most recent such day, the anchor itself included, since news reports the past; with an
/// inferred anchor (a lower bound) the nearest such day on either side.
pub(crate) fn resolve_weekday(anchor: Date, day: Weekday, exact: bool) -> Date {
    let a = i64::from(anchor.weekday().to_monday_zero_offset());
    let d = i64::from(day.to_monday_zero_offset());
    let back = (a - d).rem_euclid(7);
    let forward = (d - a).rem_euclid(7);
    if !exact && forward < back {
        add_days(anchor, forward)
    } else {
        add_days(anchor, -back)
    }
}

#[cfg(test)]
mod weekday_tests {
    use super::*;

    #[test]
    fn weekdays_resolve_against_the_anchor() {
        let thursday = Date::new(2026, 2, 12).unwrap();
        assert_eq!(
            iso(resolve_weekday(thursday, Weekday::Friday, true)),
            "2026-02-06"
        );
        assert_eq!(
            iso(resolve_weekday(thursday, Weekday::Friday, false)),
            "2026-02-13"
        );
        assert_eq!(
            iso(resolve_weekday(thursday, Weekday::Thursday, true)),
            "2026-02-12"
        );
        assert_eq!(
            iso(resolve_weekday(thursday, Weekday::Monday, false)),
            "2026-02-09"
        );
    }
}

/// `date` moved by `n` days, weeks, months or years (`unit`: "day", "week", "month", "year");
/// `None` past the calendar's ends.
pub(crate) fn shift(date: Date, n: i64, unit: &str) -> Option<Date> {
    let span = jiff::Span::new();
    let span = match unit {
        "day" => span.try_days(n).ok()?,
        "week" => span.try_weeks(n).ok()?,
        "month" => span.try_months(n).ok()?,
        "year" => span.try_years(n).ok()?,
        _ => return None,
    };
    date.checked_add(span).ok()
}

/// The `day` of the week that is `weeks` weeks from the one holding `anchor` (weeks start on
/// Monday): "this Friday" is 0, "next Friday" 1, "last Friday" −1.
pub(crate) fn weekday_of_week(anchor: Date, day: Weekday, weeks: i64) -> Date {
    let a = i64::from(anchor.weekday().to_monday_zero_offset());
    let d = i64::from(day.to_monday_zero_offset());
    add_days(anchor, d - a + 7 * weeks)
}

/// The next `day` strictly after `anchor` ("coming Thursday").
pub(crate) fn next_weekday(anchor: Date, day: Weekday) -> Date {
    let a = i64::from(anchor.weekday().to_monday_zero_offset());
    let d = i64::from(day.to_monday_zero_offset());
    let forward = (d - a).rem_euclid(7);
    add_days(anchor, if forward == 0 { 7 } else { forward })
}

/// Easter Sunday (Gregorian; the anonymous algorithm of Meeus/Jones/Butcher).
pub(crate) fn easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as i8, day as i8).ok()
}

/// The `n`th `day` of a month (`n` = −1 for the last one): Thanksgiving is the 4th Thursday of
/// November.
pub(crate) fn nth_weekday(year: i16, month: i8, day: Weekday, n: i8) -> Option<Date> {
    if n < 0 {
        let last = Date::new(year, month, 1).ok()?.last_of_month();
        let back = (i64::from(last.weekday().to_monday_zero_offset())
            - i64::from(day.to_monday_zero_offset()))
        .rem_euclid(7);
        return Some(add_days(last, -back));
    }
    let first = Date::new(year, month, 1).ok()?;
    let forward = (i64::from(day.to_monday_zero_offset())
        - i64::from(first.weekday().to_monday_zero_offset()))
    .rem_euclid(7);
    let d = add_days(first, forward + 7 * i64::from(n - 1));
    (d.month() == month).then_some(d)
}

/// A two-digit year as written in a date ("05/05/89" → 1989, "3-7-27" → 2027): within the next
/// ten years of `anchor_year` it is this century, otherwise the last one.
pub(crate) fn expand_year(yy: i16, anchor_year: i16) -> i16 {
    let century = anchor_year - anchor_year.rem_euclid(100);
    let y = century + yy;
    if y > anchor_year + 10 {
        y - 100
    } else {
        y
    }
}

#[cfg(test)]
mod calendar_tests {
    use super::*;

    #[test]
    fn calendar_helpers() {
        let d = |s: &str| parse_iso(s).unwrap();
        let cases: &[(Option<Date>, &str)] = &[
            (shift(d("2016-11-07"), -2, "day"), "2016-11-05"),
            (shift(d("2018-07-05"), 2, "week"), "2018-07-19"),
            (shift(d("2018-10-17"), -2, "month"), "2018-08-17"),
            (shift(d("2016-11-07"), -2, "year"), "2014-11-07"),
            (
                Some(weekday_of_week(d("2019-01-31"), Weekday::Wednesday, -1)),
                "2019-01-23",
            ),
            (
                Some(weekday_of_week(d("2019-01-31"), Weekday::Friday, 1)),
                "2019-02-08",
            ),
            (
                Some(next_weekday(d("2019-01-31"), Weekday::Thursday)),
                "2019-02-07",
            ),
            (easter(2018), "2018-04-01"),
            (easter(2019), "2019-04-21"),
            (nth_weekday(2016, 11, Weekday::Thursday, 4), "2016-11-24"),
            (nth_weekday(2018, 5, Weekday::Monday, -1), "2018-05-28"),
        ];
        for (got, want) in cases {
            assert_eq!(got.map(iso).as_deref(), Some(*want));
        }
        assert_eq!(expand_year(89, 2016), 1989);
        assert_eq!(expand_year(27, 2019), 2027);
        assert_eq!(expand_year(30, 2016), 1930);
    }
}
