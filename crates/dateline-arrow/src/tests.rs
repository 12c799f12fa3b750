use arrow_array::cast::AsArray;
use arrow_array::types::Int64Type;
use arrow_array::{Array, StringArray};
use arrow_schema::DataType;

use super::*;

const RICH: &str = "KRAKÓW, Poland (AP) — “We will not give up,” Mayor Anna Nowak told reporters \
    on Friday. She said the city had spent $5 million, about 12% of its budget. \
    “It is ‘too early’ to say,” added Jan Kowalski, a spokesman.";

fn parse(text: &str) -> Result<Article, dateline::Error> {
    dateline::parse(
        text,
        &dateline::Options::default()
            .published("2026-02-14")
            .unwrap(),
    )
}

fn fixtures() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/articles");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

fn strings(batch: &RecordBatch, column: &str) -> Vec<Option<String>> {
    let array: &StringArray = batch.column_by_name(column).unwrap().as_string();
    array.iter().map(|s| s.map(str::to_string)).collect()
}

fn ints(batch: &RecordBatch, column: &str) -> Vec<Option<i64>> {
    let array = batch
        .column_by_name(column)
        .unwrap()
        .as_primitive::<Int64Type>();
    array.iter().collect()
}

fn chars(text: &str, start: i64, end: i64) -> String {
    text.chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect()
}

#[test]
fn schemas_follow_the_column_definitions() {
    for table in Table::ALL {
        let schema = table.schema(IdType::Int64);
        let names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
        let expected: Vec<&str> = table.columns().iter().map(|c| c.name).collect();
        assert_eq!(names, expected);
        assert_eq!(names[0], "article");
        assert!(schema.fields().iter().all(|f| f.is_nullable()));
        assert_eq!(schema.field(0).data_type(), &DataType::Int64);
        assert_eq!(
            table.schema(IdType::String).field(0).data_type(),
            &DataType::Utf8
        );
        assert_eq!(schema.metadata()["dateline.table"], table.name());
        assert_eq!(table.name().parse::<Table>().unwrap(), table);
    }
    let quotes = Table::Quotes.schema(IdType::Int64);
    let parts = quotes.field_with_name("parts").unwrap();
    assert_eq!(
        parts.data_type(),
        &DataType::new_list(DataType::Struct(schema::span_fields()), true)
    );
    assert_eq!(
        quotes.field_with_name("speaker_entity").unwrap().metadata()["doc"],
        "entities.id of the speaker"
    );
    assert!(quotes
        .field_with_name("speaker_name")
        .unwrap()
        .metadata()
        .is_empty());
    assert!(matches!(
        "sentences".parse::<Table>(),
        Err(Error::UnknownTable(_))
    ));
}

#[test]
fn row_counts_match_the_articles() {
    let texts = fixtures();
    let results: Vec<_> = texts.iter().map(|t| parse(t)).collect();
    let mut tables = Tables::new(IdType::Int64);
    for (i, r) in results.iter().enumerate() {
        tables.push(ArticleId::Int(i as i64), r).unwrap();
    }
    assert_eq!(tables.len(), texts.len());
    let batches = tables.finish().unwrap();
    assert!(tables.is_empty());
    let articles: Vec<&Article> = results.iter().map(|r| r.as_ref().unwrap()).collect();
    let count = |f: fn(&Article) -> usize| articles.iter().map(|a| f(a)).sum::<usize>();
    assert_eq!(batches[Table::Articles].num_rows(), texts.len());
    assert_eq!(batches[Table::Quotes].num_rows(), count(|a| a.quotes.len()));
    assert_eq!(
        batches[Table::Figures].num_rows(),
        count(|a| a.figures.len())
    );
    assert_eq!(
        batches[Table::Entities].num_rows(),
        count(|a| a.entities.len())
    );
    assert_eq!(
        batches[Table::Mentions].num_rows(),
        count(|a| a.entities.iter().map(|e| e.mentions.len()).sum())
    );
    assert!(batches[Table::Quotes].num_rows() > 10);
    // n_* columns count the rows of the other tables.
    let n_quotes = ints(&batches[Table::Articles], "n_quotes");
    let quote_articles = ints(&batches[Table::Quotes], "article");
    for (i, n) in n_quotes.iter().enumerate() {
        let rows = quote_articles
            .iter()
            .filter(|a| **a == Some(i as i64))
            .count();
        assert_eq!(*n, Some(rows as i64));
    }
    // Finishing again gives empty batches with the same schemas.
    let empty = tables.finish().unwrap();
    for (table, batch) in empty.iter() {
        assert_eq!(batch.num_rows(), 0);
        assert_eq!(batch.schema(), batches[table].schema());
    }
}

#[test]
fn spans_slice_the_text() {
    let texts = fixtures();
    let mut tables = Tables::new(IdType::Int64);
    for (i, t) in texts.iter().enumerate() {
        tables.push(ArticleId::Int(i as i64), &parse(t)).unwrap();
    }
    let batches = tables.finish().unwrap();
    let text = strings(&batches[Table::Articles], "text");
    let article_text = |a: Option<i64>| text[a.unwrap() as usize].clone().unwrap();
    let mentions = &batches[Table::Mentions];
    let (m_article, m_start, m_end) = (
        ints(mentions, "article"),
        ints(mentions, "start"),
        ints(mentions, "end"),
    );
    for (i, m_text) in strings(mentions, "text").into_iter().enumerate() {
        let t = article_text(m_article[i]);
        assert_eq!(
            chars(&t, m_start[i].unwrap(), m_end[i].unwrap()),
            m_text.unwrap()
        );
    }
    let figures = &batches[Table::Figures];
    let (f_article, f_start, f_end) = (
        ints(figures, "article"),
        ints(figures, "start"),
        ints(figures, "end"),
    );
    for (i, f_text) in strings(figures, "text").into_iter().enumerate() {
        let t = article_text(f_article[i]);
        assert_eq!(
            chars(&t, f_start[i].unwrap(), f_end[i].unwrap()),
            f_text.unwrap()
        );
    }
    // A quote's parts are its text's spans; start/end are the first and last part's ends.
    let quotes = &batches[Table::Quotes];
    let parts = quotes.column_by_name("parts").unwrap().as_list::<i32>();
    let (q_article, q_start, q_end) = (
        ints(quotes, "article"),
        ints(quotes, "start"),
        ints(quotes, "end"),
    );
    let q_text = strings(quotes, "text");
    for i in 0..quotes.num_rows() {
        let t = article_text(q_article[i]);
        let spans = parts.value(i);
        let spans = spans.as_struct();
        let starts = spans.column(0).as_primitive::<Int64Type>();
        let ends = spans.column(1).as_primitive::<Int64Type>();
        assert_eq!(Some(starts.value(0)), q_start[i]);
        assert_eq!(Some(ends.value(ends.len() - 1)), q_end[i]);
        let first = chars(&t, starts.value(0), ends.value(0));
        assert!(q_text[i].as_ref().unwrap().starts_with(&first), "{first}");
    }
}

#[test]
fn nulls_where_the_model_has_none() {
    let article = parse(RICH).unwrap();
    let mut tables = Tables::new(IdType::String);
    tables
        .push(ArticleId::Str("rich"), &Ok(article.clone()))
        .unwrap();
    let batches = tables.finish().unwrap();
    let articles = &batches[Table::Articles];
    assert_eq!(strings(articles, "article"), [Some("rich".to_string())]);
    assert_eq!(strings(articles, "error"), [None]);
    assert_eq!(strings(articles, "dateline_place"), [Some("Kraków".into())]);
    assert_eq!(
        strings(articles, "published_source"),
        [Some("given".into())]
    );
    assert_eq!(strings(articles, "section"), [None]);
    let n_chars = ints(articles, "n_chars")[0].unwrap();
    assert_eq!(n_chars as usize, article.text.chars().count());
    let quotes = &batches[Table::Quotes];
    assert_eq!(quotes.num_rows(), article.quotes.len());
    for (i, q) in article.quotes.iter().enumerate() {
        assert_eq!(ints(quotes, "parent")[i], q.parent.map(|p| p as i64));
        assert_eq!(
            ints(quotes, "speaker_entity")[i],
            q.speaker.as_ref().and_then(|s| s.entity).map(|e| e as i64)
        );
        assert_eq!(
            strings(quotes, "cue_lemma")[i],
            q.cue.as_ref().map(|c| c.lemma.clone())
        );
        assert_eq!(
            ints(quotes, "content_start")[i],
            q.content.map(|c| c.start as i64)
        );
    }
    let kinds = strings(quotes, "kind");
    assert!(kinds
        .iter()
        .all(|k| matches!(k.as_deref(), Some("direct" | "partial" | "indirect"))));
    let figures = &batches[Table::Figures];
    let values = figures
        .column_by_name("value")
        .unwrap()
        .as_primitive::<arrow_array::types::Float64Type>();
    for (i, f) in article.figures.iter().enumerate() {
        assert_eq!(values.is_null(i), f.value.is_none());
        assert_eq!(strings(figures, "currency")[i], f.currency.clone());
    }
    let entities = &batches[Table::Entities];
    let aliases = entities.column_by_name("aliases").unwrap().as_list::<i32>();
    for (i, e) in article.entities.iter().enumerate() {
        assert!(!aliases.is_null(i));
        assert_eq!(aliases.value(i).len(), e.aliases.len());
    }
}

#[test]
fn errors_are_article_rows_and_nothing_else() {
    let results = [parse(RICH), parse(""), parse(RICH)];
    let mut tables = Tables::new(IdType::String);
    for (i, r) in results.iter().enumerate() {
        tables.push(ArticleId::Int(i as i64 * 10), r).unwrap();
    }
    let batches = tables.finish().unwrap();
    let articles = &batches[Table::Articles];
    assert_eq!(
        strings(articles, "article"),
        [Some("0".into()), Some("10".into()), Some("20".into())]
    );
    let errors = strings(articles, "error");
    assert!(errors[1]
        .as_deref()
        .unwrap()
        .starts_with("empty_input: empty input"));
    assert_eq!((errors[0].as_ref(), errors[2].as_ref()), (None, None));
    // Every other column of the error row is null, lists included.
    for (name, column) in articles.schema().fields().iter().zip(articles.columns()) {
        if !matches!(name.name().as_str(), "article" | "error") {
            assert!(column.is_null(1), "{name}");
        }
    }
    let quote_articles = strings(&batches[Table::Quotes], "article");
    let n = results[0].as_ref().unwrap().quotes.len();
    assert_eq!(quote_articles.len(), 2 * n);
    assert!(quote_articles.iter().all(|a| a.as_deref() != Some("10")));
    tables
        .push_error(ArticleId::Str("x"), "custom", "boom")
        .unwrap();
    let batches = tables.finish().unwrap();
    assert_eq!(
        strings(&batches[Table::Articles], "error"),
        [Some("custom: boom".into())]
    );
}

#[test]
fn string_ids_need_string_tables() {
    let mut tables = Tables::new(IdType::Int64);
    let err = tables
        .push(ArticleId::Str("a.txt"), &parse(RICH))
        .unwrap_err();
    assert!(matches!(err, Error::IdNotInteger(ref s) if s == "a.txt"));
    assert!(tables.is_empty());
    assert_eq!(tables.finish().unwrap()[Table::Articles].num_rows(), 0);
    tables.push(ArticleId::Null, &parse(RICH)).unwrap();
    let batches = tables.finish().unwrap();
    assert_eq!(ints(&batches[Table::Articles], "article"), [None]);
    assert!(batches[Table::Quotes].column(0).null_count() > 0);
}
