//! `--format parquet`: the five tables of `dateline-arrow` written to
//! `OUT/{articles,quotes,figures,entities,mentions}.parquet`, one row group per batch of
//! articles, so memory stays flat whatever the size of the input.

use std::fs::{self, File};
use std::io::BufWriter;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, Result};
use dateline::Article;
use dateline_arrow::{ArticleId, IdType, Table, Tables};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

/// Writes the tables of the articles pushed to it, a row group per [`ParquetOut::flush`].
pub(crate) struct ParquetOut {
    dir: PathBuf,
    tables: Tables,
    writers: Vec<(Table, ArrowWriter<BufWriter<File>>)>,
    rows: [usize; 5],
}

impl ParquetOut {
    /// Creates `dir` (and its parents) and the five files in it, replacing existing ones.
    pub(crate) fn create(dir: &Path) -> Result<ParquetOut> {
        fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_created_by(format!("dateline {}", env!("CARGO_PKG_VERSION")))
            .build();
        let mut writers = Vec::new();
        for table in Table::ALL {
            let path = dir.join(format!("{table}.parquet"));
            let file =
                File::create(&path).with_context(|| format!("creating {}", path.display()))?;
            let schema = Arc::new(table.schema(IdType::String));
            let writer = ArrowWriter::try_new(BufWriter::new(file), schema, Some(props.clone()))
                .with_context(|| format!("writing {}", path.display()))?;
            writers.push((table, writer));
        }
        Ok(ParquetOut {
            dir: dir.to_path_buf(),
            tables: Tables::new(IdType::String),
            writers,
            rows: [0; 5],
        })
    }

    /// Adds one document's rows (or its error row).
    pub(crate) fn push(
        &mut self,
        id: &str,
        result: &Result<Article, dateline::Error>,
    ) -> Result<()> {
        self.tables.push(ArticleId::Str(id), result)?;
        Ok(())
    }

    /// Writes the rows pushed since the last call as one row group per table.
    pub(crate) fn flush(&mut self) -> Result<()> {
        if self.tables.is_empty() {
            return Ok(());
        }
        let batches = self.tables.finish()?;
        for ((table, writer), (_, batch)) in self.writers.iter_mut().zip(batches.iter()) {
            if batch.num_rows() == 0 {
                continue;
            }
            self.rows[*table as usize] += batch.num_rows();
            writer
                .write(batch)
                .and_then(|()| writer.flush())
                .with_context(|| format!("writing {table}.parquet"))?;
        }
        Ok(())
    }

    /// Flushes and closes the files; returns a one-line summary of what was written.
    pub(crate) fn close(mut self) -> Result<String> {
        self.flush()?;
        for (table, writer) in self.writers {
            writer
                .close()
                .with_context(|| format!("closing {table}.parquet"))?;
        }
        let counts: Vec<String> = Table::ALL
            .iter()
            .map(|t| format!("{} {t}", self.rows[*t as usize]))
            .collect();
        Ok(format!(
            "wrote {} to {}",
            counts.join(", "),
            self.dir.display()
        ))
    }
}
