//! [`Code`] (导入提示编号): the stable code of each kind of import diagnostic.

use crate::codes::stable_codes;

stable_codes! {
    /// The stable code of an import [`Diagnostic`](super::Diagnostic) (导入提示编号). Numbers
    /// are never reused; the table is in the [module docs](crate::import). Serialised as the
    /// code string (`"I008"`).
    ///
    /// ```
    /// use jixiao::import::{Code};
    /// use jixiao::{Severity};
    /// let doc = jixiao::import::parse_text("三级指标\t指标值\n验收通过率\t\n")?;
    /// assert_eq!(doc.diagnostics[0].code(), Code::EmptyValue);
    /// assert_eq!(Code::EmptyValue.to_string(), "I007");
    /// assert_eq!("I008".parse::<Code>()?, Code::BadValue);
    /// assert_eq!(Code::BadValue.severity(), Severity::Error);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg_attr(feature = "schemars", schemars(rename = "ImportCode"))]
    pub enum Code, example "I008" {
        /// A quoted CSV/TSV cell is not closed: it runs to the end of the input.
        UnclosedQuote = "I001", Error, "引号未闭合";
        /// A column that is no indicator field; its cells are kept in `Indicator::extra`.
        ExtraColumn = "I002", Note, "非指标字段的列";
        /// A row with more cells than the header; the surplus is kept in `extra`.
        SurplusCells = "I003", Warning, "单元格多于表头";
        /// A 分值 or 得分 cell that is not a number.
        BadNumber = "I004", Error, "分值或得分不是数字";
        /// An empty 一级指标 with no row above to take it from.
        NoLevel1 = "I005", Warning, "一级指标为空";
        /// An empty 二级指标 whose row above is in another 一级指标.
        NoLevel2 = "I006", Warning, "二级指标为空";
        /// An empty 指标值.
        EmptyValue = "I007", Warning, "指标值为空";
        /// A 指标值 that does not parse (kept as written with its error).
        BadValue = "I008", Error, "指标值无法解析";
        /// An empty 预算数 or 财政资金.
        EmptyAmount = "I009", Warning, "金额为空";
        /// An amount that is not an exact number.
        BadAmount = "I010", Error, "金额不是数字";
        /// A cell of a budget row that names no budget field.
        UnexpectedBudgetCell = "I011", Warning, "预算行有无法识别的单元格";
        /// A cell beside the 项目名称 that is not read.
        IgnoredCell = "I012", Note, "项目名称旁的单元格未读取";
        /// The 项目名称 cell is empty.
        EmptyName = "I013", Warning, "项目名称为空";
        /// A row the importer does not recognise (kept only in this diagnostic).
        UnrecognisedRow = "I014", Warning, "无法识别的行";
        /// A heading cell that is neither the unit nor the money unit.
        UnrecognisedHeading = "I015", Warning, "无法识别的表头单元格";
        /// Text outside any table.
        OutsideTable = "I016", Warning, "表格外的文字";
        /// A unit line with no table under it.
        UnitWithoutTable = "I017", Warning, "单位下没有表格";
        /// No 项目名称 row: the name is taken from the heading.
        NameFromHeading = "I018", Warning, "项目名称取自标题";
        /// A project without a budget row.
        NoBudget = "I019", Warning, "缺少预算行";
        /// A project without indicator rows.
        NoIndicators = "I020", Warning, "缺少指标行";
        /// A row above the header that is not read.
        SkippedRow = "I021", Note, "表头上方的行未读取";
        /// A project without a 项目名称.
        NoName = "I022", Note, "未给出项目名称";
        /// A header row with no indicator rows under it.
        HeaderWithoutRows = "I023", Warning, "表头下没有指标行";
        /// A column the table needs is missing (指标值, 三级指标; 实际完成值 in a self-evaluation).
        MissingColumn = "I024", Error, "缺少必需的列";
        /// An actual value (实际完成值) that does not parse.
        BadActual = "I025", Error, "实际完成值无法解析";
        /// An amount written with its own money unit, converted to the table's.
        AmountConverted = "I026", Note, "金额按单元格自带单位换算";
        /// The text was not UTF-8 and was read in another encoding.
        Decoded = "I027", Note, "文本按其他编码读取";
        /// A monitoring table whose header has no progress column (1-X月执行情况): nothing to light.
        NoProgressColumn = "I028", Warning, "监控表缺少执行情况列";
        /// A monitoring value read but worth a look (a progress that does not parse, kept as
        /// written; a rate without %; a budget figure that differs between a project's rows; a
        /// 指标值 cell merged across the progress column, read as the progress too when it is a
        /// statement, left out when it is a number or a date).
        MonitoringValue = "I029", Warning, "监控数据需核对";
        /// A monitoring value not read (an answer the form does not allow, an amount that is not
        /// a number, a year or month that cannot be): kept in `extra`.
        BadMonitoringValue = "I030", Error, "监控数据无法读取";
        /// Rows of a monitoring table with monitoring cells written that give no indicator (a
        /// template's empty slot, a row after a table that no 总分 row ended): not read.
        UnmatchedRows = "I031", Error, "监控表行与指标不对应";
        /// A header naming another month than the one reported.
        OtherMonth = "I032", Warning, "表头月份与监控月份不同";
        /// Budget and goal rows above the header of a table that holds several projects: unused.
        UnusedPreamble = "I033", Warning, "表头以上的预算与目标未使用";
        /// The project's name was taken from the table's title (`XX项目绩效目标表`), since no
        /// 项目名称 was given: a guess to check.
        NameFromTitle = "I034", Warning, "项目名称取自表格标题";
        /// The file was only partly understood: what was read, and where the rows and cells it
        /// did not understand or the guesses it made are. First among the diagnostics.
        PartlyRead = "I035", Note, "部分内容未能识别";
        /// An amount given with its breakdown in the cell (`854万(高标准农田建设400万元,…)`): read
        /// as the amount, since the parts add up to it; the breakdown is kept in the note.
        AmountWithBreakdown = "I036", Note, "金额附有分项构成";
        /// Rows, columns or sheets of a workbook that Excel hides, and that hold text, were not
        /// read: a reader of the workbook does not see them either. The note names them.
        Hidden = "I037", Note, "隐藏的行、列或工作表未读取";
        /// A cell merged with the one above it (a region over several rows): a 三级指标 or 指标值,
        /// a monitoring reason, answer or remark, and an 实际完成值, progress or forecast that is
        /// a statement are read for each row the region covers, as the table's reader reads
        /// them; an 实际完成值, progress or forecast that is a figure or a date is read for the
        /// first row only, since one figure cannot be each indicator's. The note names the cell.
        MergedDown = "I038", Note, "与上方单元格合并";
    }
}
