//! [`Project`] (项目), its [`Budget`] (预算) and [`BudgetUnit`] (预算单位).

use rust_decimal::Decimal;

use crate::indicator::Indicator;

/// 预算单位: the budget unit that files the table (code + name, `362207` +
/// `天津市环境应急与事故调查中心`).
///
/// ```
/// let text = include_str!("../data/tianjin-2025-emergency-center.txt");
/// let doc = jixiao::import::parse_text(text)?;
/// let unit = doc.projects[0].unit.as_ref().unwrap();
/// assert_eq!(unit.code.as_deref(), Some("362207"));
/// assert_eq!(unit.name, "天津市环境应急与事故调查中心");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct BudgetUnit {
    /// 单位编码, where given.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub code: Option<String>,
    /// 单位名称.
    pub name: String,
}

/// The money unit of a table (单位：万元 or 元).
///
/// ```
/// use jixiao::{Decimal, MoneyUnit};
/// assert_eq!(MoneyUnit::WanYuan.in_yuan(), Decimal::from(10_000));
/// assert_eq!(MoneyUnit::default().as_str(), "万元"); // the usual unit of target tables
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum MoneyUnit {
    /// 元.
    Yuan,
    /// 万元 (10 000 元), the usual unit of target tables.
    #[default]
    WanYuan,
}

impl MoneyUnit {
    /// How many 元 one of this unit is.
    pub fn in_yuan(self) -> Decimal {
        match self {
            MoneyUnit::Yuan => Decimal::ONE,
            MoneyUnit::WanYuan => Decimal::from(10_000),
        }
    }

    /// `元` or `万元`.
    pub const fn as_str(self) -> &'static str {
        match self {
            MoneyUnit::Yuan => "元",
            MoneyUnit::WanYuan => "万元",
        }
    }
}

/// 预算: the project's money, in `money_unit`. An empty cell is `None` (the importer reads an
/// empty 其他资金 as zero, as tables mean it).
///
/// ```
/// use jixiao::{Budget, Decimal, MoneyUnit};
/// let b = Budget { executed: Some(Decimal::new(3724, 2)), ..Budget::fiscal_only(Decimal::new(432, 1)) };
/// assert_eq!(b.adds_up(), Some(true)); // 43.2 = 43.2 + 0
/// assert_eq!(b.execution_rate().unwrap().round_dp(4).to_string(), "0.8620");
/// assert_eq!(b.total_in_yuan().unwrap().to_string(), "432000.0");
/// assert_eq!(b.money_unit, MoneyUnit::WanYuan);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Budget {
    /// 预算数 (年度资金总额): the total.
    #[cfg_attr(feature = "serde", serde(default, with = "crate::serde_impls::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_impls::DecimalString>"))]
    pub total: Option<Decimal>,
    /// 其中：财政资金 (fiscal funds).
    #[cfg_attr(feature = "serde", serde(default, with = "crate::serde_impls::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_impls::DecimalString>"))]
    pub fiscal: Option<Decimal>,
    /// 其他资金 (other funds).
    #[cfg_attr(feature = "serde", serde(default, with = "crate::serde_impls::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_impls::DecimalString>"))]
    pub other: Option<Decimal>,
    /// 全年执行数 (executed), in self-evaluations.
    #[cfg_attr(feature = "serde", serde(default, with = "crate::serde_impls::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_impls::DecimalString>"))]
    pub executed: Option<Decimal>,
    /// The money unit of the amounts.
    #[cfg_attr(feature = "serde", serde(default))]
    pub money_unit: MoneyUnit,
}

impl Budget {
    /// A budget of `total` 万元, all fiscal.
    pub fn fiscal_only(total: Decimal) -> Budget {
        Budget { total: Some(total), fiscal: Some(total), other: Some(Decimal::ZERO), executed: None, money_unit: MoneyUnit::WanYuan }
    }

    /// The total in 元.
    pub fn total_in_yuan(&self) -> Option<Decimal> {
        self.total.and_then(|t| t.checked_mul(self.money_unit.in_yuan()))
    }

    /// Whether total = fiscal + other (a missing part counts as zero). `None` without a total.
    pub fn adds_up(&self) -> Option<bool> {
        let total = self.total?;
        let sum = self.fiscal.unwrap_or_default().checked_add(self.other.unwrap_or_default())?;
        Some(sum == total)
    }

    /// 预算执行率: executed ÷ total, uncapped. `None` without both, or with a zero total.
    pub fn execution_rate(&self) -> Option<Decimal> {
        let t = self.total?;
        if t.is_zero() {
            return None;
        }
        self.executed?.checked_div(t)
    }
}

/// 项目: one project's target table (绩效目标表) or self-evaluation (绩效自评表).
///
/// ```
/// use jixiao::Project;
/// let mut p = Project::new("环境应急与事故调查");
/// p.set_year(2025)?;
/// assert_eq!(p.year(), Some(2025));
/// assert!(p.set_year(25).is_err());
/// # Ok::<(), jixiao::ParseError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Project {
    /// The table's heading as written (`1.天津市…绩效目标表`), where it has one.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub title: Option<String>,
    /// 年度: the year the table belongs to, which year-less deadlines (`12月底前`) mean.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none", with = "crate::serde_impls::year"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<u16>", range(min = 1900, max = 2100)))]
    year: Option<u16>,
    /// The unit that files the table.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub unit: Option<BudgetUnit>,
    /// 项目名称.
    pub name: String,
    /// 预算.
    #[cfg_attr(feature = "serde", serde(default))]
    pub budget: Budget,
    /// 资金用途: what the money is for (may span lines).
    #[cfg_attr(feature = "serde", serde(default))]
    pub purpose: String,
    /// 绩效目标: the goals, one a line (numbering kept as written).
    #[cfg_attr(feature = "serde", serde(default))]
    pub goals: Vec<String>,
    /// 绩效指标: the indicator rows, in table order.
    #[cfg_attr(feature = "serde", serde(default))]
    pub indicators: Vec<Indicator>,
}

impl Project {
    /// An empty project with a name.
    pub fn new(name: &str) -> Project {
        Project { name: name.to_string(), ..Project::default() }
    }

    /// 年度: the year the table belongs to, when known (from its title, or set by the caller).
    pub fn year(&self) -> Option<u16> {
        self.year
    }

    /// Sets the year the table belongs to.
    ///
    /// # Errors
    /// [`ParseErrorKind::InvalidDate`](crate::ParseErrorKind::InvalidDate) for a year outside
    /// 1900–2100.
    pub fn set_year(&mut self, year: u16) -> Result<(), crate::ParseError> {
        crate::PartialDate::new(Some(year), None, None)?;
        self.year = Some(year);
        Ok(())
    }

    /// Forgets the year.
    pub fn clear_year(&mut self) {
        self.year = None;
    }
}
