//! A CSV reader for roster exports (RFC 4180, as SIS and Clever write them):
//! commas, double-quoted fields that may hold commas, quotes (doubled) and
//! line breaks, LF or CRLF line ends, and an optional UTF-8 byte-order mark.
//!
//! Fields are borrowed from the text unless a doubled quote has to be undone,
//! and the reader can stop after any record and carry on later, so a large
//! file can be read in slices without blocking the page.

use std::borrow::Cow;

/// Where a record starts, for messages about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line(pub usize);

/// Why a record could not be read as CSV.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvError {
    /// A quoted field ran to the end of the file without its closing quote.
    UnclosedQuote,
    /// Text followed a closing quote in the same field, as in `"a"b`.
    TextAfterQuote,
}

impl CsvError {
    pub fn text(&self) -> &'static str {
        match self {
            Self::UnclosedQuote => "a quoted field is never closed",
            Self::TextAfterQuote => "text follows a closing quote",
        }
    }
}

pub struct Reader<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Self {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        Self {
            text,
            pos: 0,
            line: 1,
        }
    }

    /// Carry on reading `text` (the whole text, byte-order mark and all)
    /// from a position and line an earlier reader stopped at.
    pub fn resume(text: &'a str, pos: usize, line: usize) -> Self {
        Self {
            text,
            pos: pos.min(text.len()),
            line,
        }
    }

    /// The line the next record starts on.
    pub fn line(&self) -> usize {
        self.line
    }

    /// Bytes read so far, for progress.
    pub fn position(&self) -> usize {
        self.pos
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Read the next record into `fields`. `None` at the end of the text.
    /// After an error the reader has skipped to the next line, so reading
    /// can go on.
    pub fn next_record(
        &mut self,
        fields: &mut Vec<Cow<'a, str>>,
    ) -> Option<(Line, Result<(), CsvError>)> {
        fields.clear();
        if self.pos >= self.text.len() {
            return None;
        }
        let start_line = Line(self.line);
        let bytes = self.text.as_bytes();
        loop {
            let (field, end) = if bytes.get(self.pos) == Some(&b'"') {
                match self.quoted_field() {
                    Ok(found) => found,
                    Err(e) => {
                        self.skip_line();
                        return Some((start_line, Err(e)));
                    }
                }
            } else {
                self.plain_field()
            };
            fields.push(field);
            match end {
                End::Comma => continue,
                End::Line | End::Text => return Some((start_line, Ok(()))),
            }
        }
    }

    /// A field up to the next comma or line end.
    fn plain_field(&mut self) -> (Cow<'a, str>, End) {
        let bytes = self.text.as_bytes();
        let start = self.pos;
        let mut i = start;
        while i < bytes.len() && bytes[i] != b',' && bytes[i] != b'\n' && bytes[i] != b'\r' {
            i += 1;
        }
        let field = Cow::Borrowed(&self.text[start..i]);
        (field, self.consume_end(i))
    }

    /// A field in double quotes, starting at the opening quote.
    fn quoted_field(&mut self) -> Result<(Cow<'a, str>, End), CsvError> {
        let bytes = self.text.as_bytes();
        let start = self.pos + 1;
        let mut i = start;
        let mut escaped = false;
        loop {
            match bytes.get(i) {
                None => return Err(CsvError::UnclosedQuote),
                Some(b'"') if bytes.get(i + 1) == Some(&b'"') => {
                    escaped = true;
                    i += 2;
                }
                Some(b'"') => break,
                Some(b'\n') => {
                    self.line += 1;
                    i += 1;
                }
                Some(_) => i += 1,
            }
        }
        let raw = &self.text[start..i];
        let field = if escaped {
            Cow::Owned(raw.replace("\"\"", "\""))
        } else {
            Cow::Borrowed(raw)
        };
        let after = i + 1;
        match bytes.get(after) {
            None | Some(b',' | b'\n' | b'\r') => Ok((field, self.consume_end(after))),
            Some(_) => {
                self.pos = after;
                Err(CsvError::TextAfterQuote)
            }
        }
    }

    /// Step past the comma or line end at `i`, and say which it was.
    fn consume_end(&mut self, i: usize) -> End {
        let bytes = self.text.as_bytes();
        match bytes.get(i) {
            Some(b',') => {
                self.pos = i + 1;
                End::Comma
            }
            Some(b'\r') => {
                self.pos = if bytes.get(i + 1) == Some(&b'\n') {
                    i + 2
                } else {
                    i + 1
                };
                self.line += 1;
                End::Line
            }
            Some(b'\n') => {
                self.pos = i + 1;
                self.line += 1;
                End::Line
            }
            _ => {
                self.pos = i;
                End::Text
            }
        }
    }

    fn skip_line(&mut self) {
        let rest = &self.text.as_bytes()[self.pos.min(self.text.len())..];
        match rest.iter().position(|&b| b == b'\n') {
            Some(n) => {
                self.pos += n + 1;
                self.line += 1;
            }
            None => self.pos = self.text.len(),
        }
    }
}

enum End {
    Comma,
    Line,
    /// The end of the text.
    Text,
}
