//! The readable `--format text` summary.

use std::io::{self, Write};

use dateline::Article;

/// Writes a summary of `article` for a person: layout fields, then quotes, figures and entities.
pub(crate) fn write(out: &mut impl Write, article: &Article) -> io::Result<()> {
    let index = article.offset_index();
    let slice =
        |start: usize, end: usize| &article.text[index.byte_range(dateline::Span::new(start, end))];
    if let Some(h) = &article.headline {
        writeln!(out, "Headline:   {h}")?;
    }
    if let Some(s) = &article.standfirst {
        writeln!(out, "Standfirst: {s}")?;
    }
    if let Some(d) = &article.dateline {
        let region = d
            .region
            .as_deref()
            .map(|r| format!(", {r}"))
            .unwrap_or_default();
        let agency = d
            .agency
            .as_deref()
            .map(|a| format!(" ({a})"))
            .unwrap_or_default();
        let place = d.place.as_deref().unwrap_or("-");
        writeln!(out, "Dateline:   {place}{region}{agency}")?;
    }
    if !article.authors.is_empty() {
        writeln!(out, "Authors:    {}", article.authors.join(", "))?;
    }
    if let Some(p) = &article.published {
        let source = article
            .published_source
            .map(|s| format!("{s:?}").to_lowercase())
            .unwrap_or_default();
        writeln!(out, "Published:  {p} (from {source})")?;
    }
    for c in &article.captions {
        writeln!(
            out,
            "Caption:    {}{}",
            c.text,
            c.credit
                .as_deref()
                .map(|c| format!(" [credit: {c}]"))
                .unwrap_or_default()
        )?;
    }
    for r in &article.related {
        writeln!(out, "Related:    {}", r.title)?;
    }
    writeln!(out, "Paragraphs: {}", article.paragraphs.len())?;
    if !article.quotes.is_empty() {
        writeln!(out, "\nQuotes ({}):", article.quotes.len())?;
        for q in &article.quotes {
            // An unresolved pronoun shows as written: `"she" (unresolved)`.
            let speaker = match &q.speaker {
                None => "(unknown)".to_string(),
                Some(s) => s
                    .name
                    .clone()
                    .unwrap_or_else(|| format!("{:?} (unresolved)", slice(s.start, s.end))),
            };
            let cue = q
                .cue
                .as_ref()
                .map(|c| format!(" [{}]", c.text))
                .unwrap_or_default();
            let to = q
                .addressee
                .as_ref()
                .map(|a| format!(" to {}", a.name))
                .unwrap_or_default();
            let nested = if q.parent.is_some() { "  ↳ " } else { "  " };
            writeln!(
                out,
                "{nested}{:?} {speaker}{cue}{to}: {}",
                q.kind,
                ellipsize(&q.text, 160)
            )?;
        }
    }
    if !article.figures.is_empty() {
        writeln!(out, "\nFigures ({}):", article.figures.len())?;
        for f in &article.figures {
            let mut facts = Vec::new();
            if let Some(v) = f.value {
                facts.push(match f.value_max {
                    Some(m) => format!("{v}–{m}"),
                    None => format!("{v}"),
                });
            }
            if let Some(c) = &f.currency {
                facts.push(c.clone());
            }
            if let Some(u) = &f.unit {
                facts.push(u.clone());
            }
            if let Some(b) = f.bound {
                facts.push(format!("{b:?}").to_lowercase());
            }
            if f.approximate {
                facts.push("approx.".into());
            }
            if let Some(c) = &f.counted {
                facts.push(format!("of {c}"));
            }
            if let Some(c) = f.category {
                facts.push(format!("category {c:?}").to_lowercase());
            }
            if let Some(d) = &f.date {
                facts.push(format!("date {d}"));
            }
            if let Some(s) = f.speaker.and_then(|s| article.entity(s)) {
                facts.push(format!("claimed by {}", s.name));
            }
            writeln!(
                out,
                "  {:?} \"{}\": {}",
                f.kind,
                slice(f.start, f.end),
                facts.join(", ")
            )?;
        }
    }
    if !article.entities.is_empty() {
        writeln!(out, "\nEntities ({}):", article.entities.len())?;
        for e in &article.entities {
            let roles = if e.roles.is_empty() {
                String::new()
            } else {
                format!(" — {}", e.roles.join("; "))
            };
            writeln!(
                out,
                "  {:?} {}{roles} ({} mentions)",
                e.kind,
                e.name,
                e.mentions.len()
            )?;
        }
    }
    Ok(())
}

fn ellipsize(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    format!("{cut}…")
}
