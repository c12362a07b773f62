//! `--xlsx OUT.xlsx`: a workbook as a finance office opens it (工作簿) — the review findings
//! (审核意见), the scorecards (评分表) and the monitoring table (监控表), with the monitoring
//! lights as cell fill colours. Amounts and scores are written from exact decimals.

use std::path::Path;

use jixiao::monitor::{Light, Summary};
use jixiao::review::Review;
use jixiao::score::Scorecard;
use jixiao::Decimal;
use rust_xlsxwriter::{Color, Format, FormatBorder, Workbook, Worksheet, XlsxError};

use crate::analysis::Analysis;
use crate::errors::Message;

/// The sheet of review findings.
pub const REVIEW_SHEET: &str = "审核意见 Review";
/// The sheet of scorecards.
pub const SCORE_SHEET: &str = "评分表 Scorecard";
/// The sheet of monitoring lights.
pub const MONITOR_SHEET: &str = "监控表 Monitoring";
/// The sheet of monitoring findings.
pub const MONITOR_FINDINGS_SHEET: &str = "监控发现 Findings";

/// The reviews of `analyses`, and the monitoring tables among them.
pub fn write_analyses(path: &Path, analyses: &[Analysis]) -> Result<(), Message> {
    write_analyses_ref(path, &analyses.iter().collect::<Vec<_>>())
}

/// As [`write_analyses`], from references.
pub fn write_analyses_ref(path: &Path, analyses: &[&Analysis]) -> Result<(), Message> {
    let mut book = Workbook::new();
    let reviews: Vec<(&str, &Review)> = analyses.iter().flat_map(|a| a.reviews.iter().map(|r| (a.path.as_str(), r))).collect();
    let lit: Vec<(&str, &Summary)> = analyses.iter().flat_map(|a| a.monitoring.iter().flatten().map(|s| (a.path.as_str(), s))).collect();
    let result = (|| {
        review_sheet(book.add_worksheet(), &reviews)?;
        if !lit.is_empty() {
            monitor_sheets(&mut book, &lit)?;
        }
        book.save(path)
    })();
    result.map_err(|e| Message::xlsx(path, &e))
}

/// The scorecards.
pub fn write_scorecards(path: &Path, cards: &[Scorecard]) -> Result<(), Message> {
    let mut book = Workbook::new();
    let result = (|| {
        score_sheet(book.add_worksheet(), cards)?;
        book.save(path)
    })();
    result.map_err(|e| Message::xlsx(path, &e))
}

/// The monitoring tables, lights as fill colours, and their findings.
pub fn write_monitoring(path: &Path, summaries: &[Summary]) -> Result<(), Message> {
    let mut book = Workbook::new();
    let lit: Vec<(&str, &Summary)> = summaries.iter().map(|s| ("", s)).collect();
    let result = (|| {
        monitor_sheets(&mut book, &lit)?;
        book.save(path)
    })();
    result.map_err(|e| Message::xlsx(path, &e))
}

/// The formats of every sheet.
struct Styles {
    header: Format,
    text: Format,
    number: Format,
    total: Format,
}

impl Styles {
    fn new() -> Styles {
        let border = Format::new().set_border(FormatBorder::Thin).set_text_wrap();
        Styles {
            header: border.clone().set_bold().set_background_color(Color::RGB(0xD9E1F2)),
            text: border.clone(),
            number: border.clone().set_num_format("0.00"),
            total: border.set_bold().set_num_format("0.00"),
        }
    }
}

/// Writes rows one after another.
struct Rows<'a> {
    sheet: &'a mut Worksheet,
    row: u32,
    styles: Styles,
}

impl<'a> Rows<'a> {
    /// A sheet named `name` with `header` (name, width) frozen and filtered.
    fn new(sheet: &'a mut Worksheet, name: &str, header: &[(&str, f64)]) -> Result<Rows<'a>, XlsxError> {
        let styles = Styles::new();
        sheet.set_name(name)?;
        for (col, (title, width)) in (0u16..).zip(header) {
            sheet.write_string_with_format(0, col, *title, &styles.header)?;
            sheet.set_column_width(col, *width)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofilter(0, 0, 0, header.len().saturating_sub(1) as u16)?;
        Ok(Rows { sheet, row: 1, styles })
    }

    fn text(&mut self, col: u16, s: &str) -> Result<(), XlsxError> {
        self.sheet.write_string_with_format(self.row, col, s, &self.styles.text)?;
        Ok(())
    }

    fn number(&mut self, col: u16, d: Option<Decimal>) -> Result<(), XlsxError> {
        match d {
            Some(d) => self.sheet.write_with_format(self.row, col, d, &self.styles.number)?,
            None => self.sheet.write_blank(self.row, col, &self.styles.text)?,
        };
        Ok(())
    }

    fn total(&mut self, col: u16, d: Decimal) -> Result<(), XlsxError> {
        self.sheet.write_with_format(self.row, col, d, &self.styles.total)?;
        Ok(())
    }

    fn texts(&mut self, from: u16, cells: &[&str]) -> Result<(), XlsxError> {
        for (col, s) in (from..).zip(cells) {
            self.text(col, s)?;
        }
        Ok(())
    }

    fn next(&mut self) {
        self.row += 1;
    }
}

/// One row per finding; a project without findings gets one row saying so.
fn review_sheet(sheet: &mut Worksheet, reviews: &[(&str, &Review)]) -> Result<(), XlsxError> {
    let header = [
        ("文件 File", 28.0),
        ("项目 Project", 36.0),
        ("审核结论 Grade", 10.0),
        ("编号 Code", 9.0),
        ("严重程度 Severity", 10.0),
        ("对象 Subject", 30.0),
        ("审核意见 Finding", 60.0),
        ("English", 60.0),
    ];
    let mut rows = Rows::new(sheet, REVIEW_SHEET, &header)?;
    for (file, review) in reviews {
        let head = [*file, review.project(), review.grade().as_str()];
        if review.findings().is_empty() {
            rows.texts(0, &head)?;
            rows.texts(3, &["", "", "项目", "未发现问题", "no findings"])?;
            rows.next();
        }
        for f in review.findings() {
            rows.texts(0, &head)?;
            let code = f.code().to_string();
            let subject = f.subject().to_string();
            rows.texts(3, &[&code, f.severity().zh(), &subject, f.zh(), f.en()])?;
            rows.next();
        }
    }
    Ok(())
}

/// Each scorecard: the budget line, the items, the subtotals and the total with its grade,
/// then its flags.
fn score_sheet(sheet: &mut Worksheet, cards: &[Scorecard]) -> Result<(), XlsxError> {
    let header = [
        ("项目 Project", 30.0),
        ("一级指标", 12.0),
        ("二级指标", 14.0),
        ("三级指标", 28.0),
        ("指标值 Target", 14.0),
        ("完成值 Actual", 14.0),
        ("分值 Weight", 9.0),
        ("得分 Score", 9.0),
        ("表中得分 Recorded", 10.0),
        ("说明 Rule", 60.0),
    ];
    let mut rows = Rows::new(sheet, SCORE_SHEET, &header)?;
    for card in cards {
        let b = &card.budget;
        rows.texts(0, &[&card.project, "预算执行率", "", ""])?;
        rows.number(4, b.budget)?;
        rows.number(5, b.executed)?;
        rows.number(6, Some(b.weight))?;
        rows.number(7, b.score.as_ref().map(|s| s.score))?;
        rows.number(8, None)?;
        rows.text(9, &b.score.as_ref().map(|s| s.rule_zh()).unwrap_or_default())?;
        rows.next();
        for item in &card.items {
            let l1 = item.level1.as_ref().map(|l| l.name()).unwrap_or("");
            let l2 = item.level2.as_ref().map(|l| l.name()).unwrap_or("");
            rows.texts(0, &[&card.project, l1, l2, &item.name, &item.target, &item.actual])?;
            rows.number(6, item.weight.or(item.score.as_ref().map(|s| s.weight)))?;
            rows.number(7, item.score.as_ref().map(|s| s.score))?;
            rows.number(8, item.recorded)?;
            rows.text(9, &item.score.as_ref().map(|s| s.rule_zh()).unwrap_or_default())?;
            rows.next();
        }
        for sub in &card.subtotals {
            let name = format!("{} 小计", sub.level1.as_ref().map(|l| l.name()).unwrap_or("其他"));
            rows.texts(0, &[&card.project, &name, "", "", "", ""])?;
            rows.number(6, Some(sub.weight))?;
            rows.number(7, Some(sub.score))?;
            rows.texts(8, &["", ""])?;
            rows.next();
        }
        rows.texts(0, &[&card.project, "总分 Total", "", "", "", ""])?;
        rows.total(6, card.total_weight)?;
        match card.total {
            Some(t) => rows.total(7, t)?,
            None => rows.text(7, "—")?,
        }
        rows.text(8, "")?;
        let grade = card.grade.map_or_else(|| "等级未定 no grade".to_string(), |g| format!("等级 grade: {}", g.as_str()));
        rows.text(9, &grade)?;
        rows.next();
        for flag in &card.flags {
            let at = flag.index().map(|i| format!("指标{}", i + 1)).unwrap_or_default();
            rows.texts(0, &[&card.project, "提示 flag", &flag.code().to_string(), &at])?;
            rows.text(9, &format!("{} / {}", flag.zh(), flag.en()))?;
            rows.next();
        }
    }
    Ok(())
}

/// The monitoring table, one row per line with its light as the fill, and the findings.
fn monitor_sheets(book: &mut Workbook, lit: &[(&str, &Summary)]) -> Result<(), XlsxError> {
    let header = [
        ("项目 Project", 30.0),
        ("月份 Month", 8.0),
        ("一级指标", 12.0),
        ("二级指标", 14.0),
        ("三级指标", 28.0),
        ("年度指标值 Target", 14.0),
        ("执行情况 Completed", 14.0),
        ("全年预计 Forecast", 14.0),
        ("预警 Light", 10.0),
        ("判断依据 Rule", 60.0),
        ("偏差原因 Reasons", 30.0),
        ("完成可能性 Possibility", 12.0),
        ("纠偏措施 Remedy", 30.0),
    ];
    let mut rows = Rows::new(book.add_worksheet(), MONITOR_SHEET, &header)?;
    for (_, s) in lit {
        let month = format!("1–{}月", s.month);
        let b = &s.budget;
        let target = b.budget.map(|d| format!("{d}{}", b.money_unit.as_str())).unwrap_or_default();
        let done = b.executed.map(|d| d.to_string()).unwrap_or_default();
        let forecast = b.forecast.map(|d| d.to_string()).unwrap_or_default();
        rows.texts(0, &[&s.project, &month, "预算执行", "", "", &target, &done, &forecast])?;
        light(&mut rows, 8, b.signal.as_ref().map(|sig| sig.light))?;
        let rule = b.signal.as_ref().map(|sig| sig.rule_zh()).unwrap_or_default();
        let reasons = b.reasons.as_ref().map(|r| r.text.as_str()).unwrap_or("");
        rows.texts(9, &[&rule, reasons, "", b.remedy.as_deref().unwrap_or("")])?;
        rows.next();
        for item in &s.items {
            let l1 = item.level1.as_ref().map(|l| l.name()).unwrap_or("");
            let l2 = item.level2.as_ref().map(|l| l.name()).unwrap_or("");
            let completed = item.completed.as_deref().unwrap_or("");
            let forecast = item.forecast.as_deref().unwrap_or("");
            rows.texts(0, &[&s.project, &month, l1, l2, &item.name, &item.target, completed, forecast])?;
            light(&mut rows, 8, item.signal.as_ref().map(|sig| sig.light))?;
            let rule =
                item.signal.as_ref().map_or_else(|| "无法判断，见监控发现 not judged: see the findings".to_string(), |sig| sig.rule_zh());
            let reasons = item.reasons.as_ref().map(|r| r.text.as_str()).unwrap_or("");
            let possibility = item.possibility.map(|p| p.to_string()).unwrap_or_default();
            rows.texts(9, &[&rule, reasons, &possibility, item.remedy.as_deref().unwrap_or("")])?;
            rows.next();
        }
    }
    let header = [
        ("项目 Project", 30.0),
        ("编号 Code", 9.0),
        ("严重程度 Severity", 10.0),
        ("对象 Subject", 30.0),
        ("说明 Finding", 60.0),
        ("English", 60.0),
    ];
    let mut rows = Rows::new(book.add_worksheet(), MONITOR_FINDINGS_SHEET, &header)?;
    for (_, s) in lit {
        for f in &s.findings {
            let (code, subject) = (f.code().as_str(), f.subject().to_string());
            rows.texts(0, &[&s.project, code, f.severity().zh(), &subject, f.zh(), f.en()])?;
            rows.next();
        }
    }
    Ok(())
}

/// A light as its Chinese word on its colour (红灯 on red …); `无法判断` on no fill.
fn light(rows: &mut Rows<'_>, col: u16, light: Option<Light>) -> Result<(), XlsxError> {
    let Some(light) = light else {
        return rows.text(col, "无法判断");
    };
    let (fill, font) = match light {
        Light::Red => (0xFF0000, 0xFFFFFF),
        Light::Yellow => (0xFFFF00, 0x000000),
        Light::Green => (0x00B050, 0xFFFFFF),
        Light::Blue => (0x0070C0, 0xFFFFFF),
    };
    let format =
        Format::new().set_border(FormatBorder::Thin).set_bold().set_background_color(Color::RGB(fill)).set_font_color(Color::RGB(font));
    rows.sheet.write_string_with_format(rows.row, col, light.zh(), &format)?;
    Ok(())
}
