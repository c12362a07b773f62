//! What an Excel number format adds to a number as it shows it: a percentage (`0%`: a stored
//! `0.95` shows `95%`) and literal text around the digits (`0"%"` and `0\%` show a stored `95`
//! as `95%`; `0"人"` shows `120人`; `#,##0.00"万元"` shows `381.00万元`). A published table is
//! read as its reader saw it, so the importer gives the number with what its format shows
//! around it (the digits as stored: `381万元`, not `381.00万元`, the same amount).
//!
//! A format has up to four sections separated by `;`: for positive numbers, negative numbers,
//! zero, and text. Only the first is read, for every number: a negative keeps its minus sign
//! (`(5)` in an accounting format is `-5` to a reader, and the importers read `-5`), and a zero
//! its `0` (accounting formats show `-`).

/// What a number format shows besides the number (of its first section): whether it shows a
/// percentage, and its literal text before the first digit placeholder and after the last.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Shown {
    percent: bool,
    /// The power of ten the number is divided by before it is shown: 3 a comma after the
    /// digits (`#,##0,"千元"`), 4 a point written as text four digits from the end
    /// (`0!.0000"万元"` shows 3810000 as `381.0000万元`).
    scale: u32,
    prefix: String,
    suffix: String,
}

impl Shown {
    /// The built-in formats that add something: 9 (`0%`) and 10 (`0.00%`).
    pub(super) fn builtin(id: u32) -> Option<Shown> {
        matches!(id, 9 | 10).then(|| Shown { percent: true, ..Shown::default() })
    }

    /// What `code` adds to a number; `None` when it shows the number alone (`0.00`, `#,##0`,
    /// `General`), or is a date, time, text or scientific format, which the importer reads
    /// otherwise.
    pub(super) fn of(code: &str) -> Option<Shown> {
        let first = first_section(code);
        if first.trim_start().starts_with(['[']) && is_condition(first) {
            // conditional sections (`[>=1]"100%";0.0%`) choose by value: only whether a
            // percentage is shown is kept, as a reader sees it for most values
            return shows_percent(code).then(|| Shown { percent: true, ..Shown::default() });
        }
        let first = section(first)?;
        (first.percent || first.scale > 0 || !first.prefix.is_empty() || !first.suffix.is_empty()).then_some(first)
    }

    /// Whether the format shows a positive number as a percentage.
    #[cfg(test)]
    pub(super) fn is_percent(&self) -> bool {
        self.percent
    }

    /// `value` as the format shows it, its digits written by `digits` (the importer's text of
    /// a stored number).
    pub(super) fn show(&self, value: f64, digits: impl Fn(f64) -> String) -> String {
        let value = if self.scale > 0 { value / 10f64.powi(self.scale as i32) } else { value };
        let (number, sign) = if self.percent { (digits(value * 100.0), "%") } else { (digits(value), "") };
        format!("{}{number}{sign}{}", self.prefix, self.suffix)
    }
}

/// Whether a section starts with a condition (`[>=1]`, `[<0.5]`), after any colour.
fn is_condition(section: &str) -> bool {
    let mut rest = section.trim_start();
    while let Some(r) = rest.strip_prefix('[') {
        let Some((inner, after)) = r.split_once(']') else { return false };
        if inner.starts_with(['<', '>', '=']) {
            return true;
        }
        rest = after;
    }
    false
}

/// Whether any section shows a percentage: a `%` outside quotes and escapes.
fn shows_percent(code: &str) -> bool {
    let (mut quoted, mut escaped) = (false, false);
    for c in code.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' | '!' if !quoted => escaped = true,
            '"' => quoted = !quoted,
            '%' if !quoted => return true,
            _ => {}
        }
    }
    false
}

/// Currency signs a money format writes around the digits (`¥#,##0.00`, `[$¥-804]`, `"￥"`): not
/// read, since the amount readers take the number and the table gives the money unit.
fn without_currency(text: &str) -> String {
    text.chars().filter(|c| !matches!(c, '¥' | '￥' | '$' | '€' | '£' | '￡' | '＄')).collect::<String>().trim().to_string()
}

/// The first section of a format code: up to the first `;` outside quotes and escapes.
fn first_section(code: &str) -> &str {
    let (mut quoted, mut escaped) = (false, false);
    for (i, c) in code.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' | '!' if !quoted => escaped = true,
            '"' => quoted = !quoted,
            ';' if !quoted => return &code[..i],
            _ => {}
        }
    }
    code
}

/// One section read: `None` for a section the importer does not show this way (dates, times,
/// text, scientific notation, fractions).
fn section(code: &str) -> Option<Shown> {
    let mut out = Shown::default();
    // literal text since the last digit placeholder: the prefix until a digit is seen, then
    // each run after digits (the suffix is the last such run)
    let mut literal = String::new();
    let mut seen_digit = false;
    let chars: Vec<char> = code.chars().collect();
    // at a digit placeholder, the literal text so far is the prefix (at the first) or not the
    // suffix (at a later one)
    let placeholder = |literal: &mut String, out: &mut Shown, seen_digit: &mut bool| {
        if *seen_digit {
            literal.clear();
        } else {
            out.prefix = std::mem::take(literal);
            *seen_digit = true;
        }
    };
    // a point written as text between digits (`0!.0000`): the digits after it divide the number
    let mut text_point: Option<u32> = None;
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        i += 1;
        match c {
            '"' => {
                while let Some(&q) = chars.get(i) {
                    i += 1;
                    if q == '"' {
                        break;
                    }
                    literal.push(q);
                }
            }
            // `\x` and `!x`: the character as it is
            '\\' | '!' => {
                literal.extend(chars.get(i));
                i += 1;
            }
            // a colour, a condition or a locale (`[Red]`, `[$-804]`) shows nothing but a
            // currency symbol (`[$¥-804]`), dropped below; `[DBNum1]` writes the digits in
            // Chinese, read here as digits; elapsed time (`[h]`) is a time format
            '[' => {
                let close = chars[i..].iter().position(|&b| b == ']').map_or(chars.len(), |k| i + k);
                let inner: String = chars[i..close].iter().collect();
                i = close + 1;
                if let Some(symbol) = inner.strip_prefix('$') {
                    literal.push_str(symbol.split('-').next().unwrap_or(""));
                } else if !inner.is_empty() && inner.chars().all(|c| matches!(c, 'h' | 'H' | 'm' | 'M' | 's' | 'S')) {
                    return None;
                }
            }
            // a space as wide as the next character, or the next character repeated to fill
            '_' | '*' => i += 1,
            '0' | '#' | '?' => {
                if seen_digit && literal == "." && text_point.is_none() {
                    // `0!.0000`: a point shown as text, so that 3810000 shows as 381.0000
                    text_point = Some(0);
                    literal.clear();
                }
                if let Some(n) = text_point.as_mut() {
                    *n += u32::from(literal.is_empty());
                }
                placeholder(&mut literal, &mut out, &mut seen_digit);
            }
            // a comma between digits separates thousands; after the last digit it divides the
            // number by a thousand (`#,##0,"千元"`)
            ',' if seen_digit && literal.is_empty() => {
                let next = chars[i..].iter().find(|&&n| n != ',');
                if !next.is_some_and(|&n| matches!(n, '0' | '#' | '?')) {
                    out.scale += 3;
                }
            }
            '.' if seen_digit && literal.is_empty() => {}
            '%' => out.percent = true,
            'G' | 'g' if chars[i - 1..].iter().take(7).collect::<String>().eq_ignore_ascii_case("general") => {
                i += 6;
                placeholder(&mut literal, &mut out, &mut seen_digit);
            }
            // General as WPS and Chinese Excel write it
            'G' if chars[i..].starts_with(&['/', '通', '用', '格', '式']) => {
                i += 5;
                placeholder(&mut literal, &mut out, &mut seen_digit);
            }
            // dates and times, text, scientific notation and fractions are shown otherwise
            'y' | 'Y' | 'm' | 'M' | 'd' | 'D' | 'h' | 'H' | 's' | 'S' | '@' | 'E' | 'e' | '/' => return None,
            // other characters Excel shows as they are (`$ - + ( ) :`, spaces, and text it
            // accepts unquoted)
            other => literal.push(other),
        }
    }
    out.scale += text_point.unwrap_or(0);
    if !seen_digit {
        // text only (`"-"` for zero): not a number's format
        return None;
    }
    // spaces around (`0.00 "万元"`, `_ ` paddings) and currency signs are no part of what is read
    out.prefix = without_currency(&out.prefix);
    out.suffix = without_currency(&literal);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::Shown;

    fn show(code: &str, v: f64) -> Option<String> {
        Shown::of(code).map(|s| s.show(v, |f| format!("{f}")))
    }

    #[test]
    fn formats_that_add_to_the_number() {
        // percentages, by the sign outside quotes
        assert_eq!(show("0%", 0.95).as_deref(), Some("95%"));
        assert_eq!(show("0.0%;[Red]-0.0%", 0.5).as_deref(), Some("50%"));
        // the sign as text: the stored number, then the sign
        assert_eq!(show("0\"%\"", 95.0).as_deref(), Some("95%"));
        assert_eq!(show("0\\%", 100.0).as_deref(), Some("100%"));
        assert_eq!(show("0.00\"%\"", 98.5).as_deref(), Some("98.5%"));
        // units and currency around the digits
        assert_eq!(show("0\"人\"", 120.0).as_deref(), Some("120人"));
        assert_eq!(show("#,##0.00\"万元\"", 381.0).as_deref(), Some("381万元"));
        assert_eq!(show("General\"人次\"", 735.0).as_deref(), Some("735人次"));
        assert_eq!(show("\"≥\"0\"%\"", 95.0).as_deref(), Some("≥95%"));
        // currency signs are not read: the amount readers take the number, the table its unit
        for code in [
            "[$¥-804]#,##0.00",
            "\"¥\"#,##0.00",
            "¥#,##0.00",
            "$#,##0.00_);($#,##0.00)",
            "_ \"￥\"* #,##0.00_ ;_ \"￥\"* -#,##0.00_ ;_ \"￥\"* \"-\"??_ ;_ @_ ",
        ] {
            assert_eq!(show(code, 381.0), None, "{code}");
        }
        assert_eq!(show("\"¥\"#,##0.00\"元\"", 381.0).as_deref(), Some("381元"));
        // formats that divide the number: a comma after the digits, a point written as text
        assert_eq!(show("#,##0,\"千元\"", 3_810_000.0).as_deref(), Some("3810千元"));
        assert_eq!(show("0!.0000\"万元\"", 3_810_000.0).as_deref(), Some("381万元"));
        assert_eq!(show("0\\.0000\"万人\"", 50_000.0).as_deref(), Some("5万人"));
        // as Excel shows it, even where the author meant otherwise (`5000.0万人`)
        assert_eq!(show("0!.0\"万人\"", 50_000.0).as_deref(), Some("5000万人"));
        assert_eq!(show("0.00,,\"百万\"", 12_500_000.0).as_deref(), Some("12.5百万"));
        assert_eq!(show("#,##0", 1234.0), None);
        // `!` escapes as `\` does; `G/通用格式` is General as WPS and Chinese Excel write it
        assert_eq!(show("0!人", 120.0).as_deref(), Some("120人"));
        assert_eq!(show("G/通用格式\"人\"", 735.0).as_deref(), Some("735人"));
        assert_eq!(show("G/通用格式", 735.0), None);
        // conditional sections keep only whether a percentage is shown
        assert_eq!(show("[>=1]\"100%\";0.0%", 0.95).as_deref(), Some("95%"));
        assert_eq!(show("[Red][<0]0;0", 5.0), None);
        // the first section for every number: a negative keeps its sign, a zero its 0
        assert_eq!(show("0\"元\";(0\"元\")", -5.0).as_deref(), Some("-5元"));
        assert_eq!(show("0\"人\";-0\"人\";\"-\"", 0.0).as_deref(), Some("0人"));
        assert_eq!(show("0.00 \"万元\"", 3.5).as_deref(), Some("3.5万元"));
    }

    #[test]
    fn formats_that_show_the_number_alone_or_another_way() {
        for code in [
            "0",
            "0.00",
            "#,##0",
            "#,##0.0",
            "General",
            "0_ ",
            "#,##0_);[Red](#,##0)",
            "0_);(0)",
            "@",
            "yyyy-mm-dd",
            "yyyy\"年\"m\"月\"",
            "[h]:mm",
            "0.00E+00",
            "# ?/?",
            "\"-\"",
        ] {
            assert_eq!(Shown::of(code), None, "{code}");
        }
        // cut short or malformed codes read as far as they go, and never panic
        for code in ["", "[", "\\", "\"", "0[", "0\\", "0\"万", "G", "gen", "0G", "0_", "0*", "[$", "[$-", "0;", ";0", "0\"\"%"] {
            let _ = Shown::of(code).map(|s| s.show(1.0, |f| format!("{f}")));
        }
        assert_eq!(show("0\"万", 1.0).as_deref(), Some("1万"));
        assert_eq!(Shown::builtin(9).map(|s| s.is_percent()), Some(true));
        assert_eq!(Shown::builtin(2), None);
    }
}
