//! The bundled monitoring sample (a made-up progress report on the real Tianjin targets) and the
//! monitoring importer.

use jixiao::monitor::{import, Code, Light, MonitorError, Possibility, Profile, ReasonCategory, Summary};
use jixiao::Decimal;
use jixiao::Severity;

const SAMPLE: &str = include_str!("../data/monitor-tianjin-2025-07.tsv");
const TARGETS: &str = include_str!("../data/tianjin-2025-emergency-center.txt");

fn summaries(profile: &Profile) -> Vec<Summary> {
    let doc = import::parse(SAMPLE, None).unwrap();
    doc.reports.iter().map(|r| profile.monitor(r)).collect()
}

/// Each line's light as a letter: R Y G B, `-` for none; the budget line first.
fn lights(s: &Summary) -> String {
    let letter = |l: Option<Light>| match l {
        Some(Light::Red) => 'R',
        Some(Light::Yellow) => 'Y',
        Some(Light::Green) => 'G',
        Some(Light::Blue) => 'B',
        None => '-',
    };
    std::iter::once(letter(s.budget.signal.as_ref().map(|x| x.light)))
        .chain(s.items.iter().map(|i| letter(i.signal.as_ref().map(|x| x.light))))
        .collect()
}

#[test]
fn the_sample_is_read_whole_and_quietly() {
    let doc = import::parse(SAMPLE, None).unwrap();
    // nothing but nothing to say: the notes about the monitoring columns and rows are the importer's own
    assert!(doc.diagnostics.iter().all(|d| d.severity() == Severity::Note), "{:#?}", doc.diagnostics);
    assert_eq!(doc.reports.len(), 4);
    for r in &doc.reports {
        assert_eq!((r.month(), r.project.year()), (7, Some(2025)));
        assert!(r.project.indicators.iter().all(|i| i.extra.is_empty()), "{:?}", r.project.name);
        assert_eq!(r.progress().len(), r.project.indicators.len());
    }
    let first = &doc.reports[0];
    assert_eq!(first.budget_total(), Some("381.00".parse().unwrap()));
    assert_eq!(first.budget.executed, Some("190.50".parse().unwrap()));
    assert_eq!(first.budget.forecast, Some("381.00".parse().unwrap()));
    let p = &first.progress()[1];
    assert_eq!(p.completed.as_deref(), Some("8个"));
    assert_eq!(p.possibility, Some(Possibility::Possible));
    assert_eq!(p.reasons.as_ref().unwrap().categories, [ReasonCategory::Funding]);
    assert_eq!(first.progress()[8].note.as_deref(), Some("满意度调查安排在11月"));
    assert_eq!(doc.reports[1].budget.reasons.as_ref().unwrap().categories, [ReasonCategory::Institutional]);
}

#[test]
fn the_sample_keeps_the_real_targets() {
    // the made-up report is built on the published targets, value for value
    let targets = jixiao::import::parse_text(TARGETS).unwrap();
    let doc = import::parse(SAMPLE, None).unwrap();
    for (real, r) in targets.projects.iter().zip(&doc.reports) {
        assert_eq!(real.name, r.project.name);
        assert_eq!(real.budget.total, r.budget_total());
        let a: Vec<_> = real.indicators.iter().map(|i| (i.name.as_str(), i.value(), i.level1.as_ref(), i.level2.as_ref())).collect();
        let b: Vec<_> = r.project.indicators.iter().map(|i| (i.name.as_str(), i.value(), i.level1.as_ref(), i.level2.as_ref())).collect();
        assert_eq!(a, b);
    }
}

#[test]
fn the_sample_lights_under_the_central_profile() {
    let s = summaries(&Profile::central());
    let all: Vec<String> = s.iter().map(lights).collect();
    // rates are judged whole, not paced: 88% against ≥90% in July is red (it was blue when paced)
    assert_eq!(all, ["GGYGGRGYG-", "RRGGGGGYG", "GRGRGGG", "RGGYGR-G"]);
    let c = s[0].counts;
    assert_eq!((c.red, c.yellow, c.green, c.blue, c.unjudged), (1, 2, 6, 0, 1));
    assert_eq!(s.iter().map(|x| x.worst).collect::<Vec<_>>(), [Some(Light::Red); 4]);
    let codes: Vec<Vec<&str>> = s.iter().map(|x| x.findings.iter().map(|f| f.code().as_str()).collect()).collect();
    assert_eq!(codes, [vec!["M001", "M002", "M003", "M006"], vec![], vec![], vec!["M001", "M002", "M004", "M001", "M002", "M006"]]);
    let f = &s[0].findings[2];
    assert_eq!(f.zh(), "全年预计完成 1.8万人, 未达到年度指标值 ≥2万人（按自评规则得分率 90%）");
    // the reasons the red and yellow lights need: every one given, but three (the last: the
    // rate 88% of ≥90% was blue when paced and gave none)
    let needed: Vec<(usize, bool)> = s
        .iter()
        .flat_map(|x| x.items.iter().filter(|i| i.reason_required).map(|i| (i.index, i.reasons.as_ref().is_some_and(|r| r.is_given()))))
        .collect();
    assert_eq!(needed, [(1, true), (4, false), (6, true), (0, true), (6, true), (0, true), (2, true), (2, true), (4, false)]);
    let budget_lights: Vec<Option<Decimal>> = s.iter().map(|x| x.budget.signal.as_ref().and_then(|g| g.value)).collect();
    assert_eq!(budget_lights, ["85.71", "47.81", "102.85", "29.86"].map(|v| Some(v.parse().unwrap())));
}

#[test]
fn the_sample_under_checkpoints_and_red_only() {
    // by the end of July the June checkpoint (40%) applies: 50%, 27.89%, 60%, 17.42%
    let s = summaries(&Profile::checkpoints());
    assert_eq!(
        s.iter().map(|x| x.budget.signal.as_ref().unwrap().light).collect::<Vec<_>>(),
        [Light::Green, Light::Red, Light::Green, Light::Red]
    );
    // divergence: goal completion (the paced indicators: 12000 of ≥20000家, 60%; the rates
    // are judged whole, not paced) against execution
    let divergence: Vec<Vec<String>> =
        s.iter().map(|x| x.findings.iter().filter(|f| f.code() == Code::Divergence).map(|f| f.zh().to_string()).collect()).collect();
    assert_eq!(divergence[3], ["目标完成进度 60% 与预算执行率 17.42% 相差 42.58 个百分点, 超过 10 个百分点（目标完成进度按正向指标 完成值 ÷ 年度指标值 的平均计, 每项至多100%）"]);
    let red_only = Profile::builder().reasons(jixiao::monitor::ReasonRule::RedOnly).build().unwrap();
    let s = summaries(&red_only);
    let needed: usize = s.iter().map(|x| x.items.iter().filter(|i| i.reason_required).count()).sum();
    assert_eq!(needed, 5);
}

#[test]
fn the_sample_prints_as_the_monitoring_table() {
    let s = summaries(&Profile::central());
    let text = s[0].to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "天津市生态环境信息网络、设备及系统运行维护 — 绩效运行监控 2025年1–7月 (序时进度 7/12, 方案 central)");
    assert_eq!(lines[3], "| 预算执行 |  |  | 381.00万元 | 190.50 (50%) | 381.00 | 绿灯 | 预算执行进度 = 执行数 190.50 ÷ 预算数 381.00 ÷ 序时进度 7/12 × 100 = 85.71 (≥80), 绿灯 |  |  |  |");
    assert_eq!(lines[8], "| 产出指标 | 时效指标 | 系统运行维护响应时间 | ≤60分钟 | 1.5小时 | 45分钟 | 红灯 | 反向指标 ≤60分钟: 完成值 1.5小时 超出目标, 红灯 | （缺, 需填写） | 有可能 | （缺, 需填写） |");
    assert_eq!(lines[10], "| 效益指标 | 社会效益指标 | 系统服务对象数量 | ≥2万人 | 9000人 | 1.8万人（未达标） | 黄灯 | 正向指标: 完成值 9000人 ÷ (年度指标值 2万人 × 7/12) × 100 = 77.14 (≥60, <80), 黄灯 | 其他：新系统6月才上线，用户注册滞后 | 有可能 | 三季度组织全市用户培训和推广 |");
    assert_eq!(lines[13], "预警灯: 红灯 1, 黄灯 2, 绿灯 6, 蓝灯 0, 无法判断 1; 最差: 红灯");
    assert_eq!(lines[18], "- M006 警告 指标9「使用人员满意度」：无法判断预警灯: 未填报1–X月执行情况");
}

const SMALL: &str = "一级指标\t二级指标\t三级指标\t年度指标值\t1-7月执行情况\t全年预计完成情况\t完成可能性\t是否需要整改\n\
                     产出指标\t数量指标\t完成工作目标\t≥3份\t1份\t3份\t大概\t也许\n\
                     \t质量指标\t验收通过率\t≥95%\t≥2x万\t95%\t确定能\t否\n";

#[test]
fn the_month_comes_from_the_caller_or_the_header() {
    assert_eq!(import::parse(SMALL, None).unwrap().reports[0].month(), 7);
    let doc = import::parse(SMALL, Some(6)).unwrap();
    assert_eq!(doc.reports[0].month(), 6);
    let d = doc.diagnostics.iter().find(|d| d.line == 1).unwrap();
    assert_eq!(english(d), "line 1: warning I032: `1-7月执行情况` names 1–7月, and the month reported is 6; 6 is used");
    let no_month = SMALL.replace("1-7月执行情况", "当前完成值");
    assert_eq!(import::parse(&no_month, None).unwrap_err(), MonitorError::NoMonth);
    assert_eq!(import::parse(&no_month, Some(9)).unwrap().reports[0].month(), 9);
    assert_eq!(import::parse(&format!("监控月份\t1-10月\n{no_month}"), None).unwrap().reports[0].month(), 10);
    assert_eq!(import::parse(SMALL, Some(13)).unwrap_err(), MonitorError::InvalidMonth(13));
    let e = import::parse("", None).unwrap_err();
    assert_eq!(e.to_string(), "the monitoring table cannot be read");
    assert_eq!(std::error::Error::source(&e).unwrap().to_string(), "empty input: there is no text to import");
}

#[test]
fn bad_cells_are_reported_with_line_and_cell_and_kept() {
    let doc = import::parse(SMALL, None).unwrap();
    let shown: Vec<String> = doc.diagnostics.iter().filter(|d| d.severity() != Severity::Note).map(english).collect();
    assert_eq!(
        shown,
        [
            "line 2, cell 7: error I030: 完成可能性: `大概` is not 确定能, 有可能 or 完全不可能; kept in `extra`",
            "line 2, cell 8: error I030: 是否需要整改: `也许` is not 是 or 否; kept in `extra`",
            "line 3, cell 5: warning I029: 1-7月执行情况: `≥2x万` does not parse: expected a unit, a range or the end at character 3 (byte offset 4)",
        ]
    );
    let r = &doc.reports[0];
    assert_eq!(r.project.indicators[0].extra.get("完成可能性").map(String::as_str), Some("大概"));
    assert_eq!(r.progress()[1].completed.as_deref(), Some("≥2x万"));
    assert_eq!(r.progress()[1].rectify, Some(false));
    // the summary flags the progress that does not parse (and the budget, which is missing)
    let s = Profile::central().monitor(r);
    let found: Vec<(Code, String)> = s.findings.iter().map(|f| (f.code(), f.subject().to_string())).collect();
    assert_eq!(
        found,
        [
            (Code::NotJudged, "预算执行".to_string()),
            (Code::MissingReason, "指标1「完成工作目标」".to_string()),
            (Code::MissingRemedy, "指标1「完成工作目标」".to_string()),
            (Code::NotJudged, "指标2「验收通过率」".to_string()),
        ]
    );
}

#[test]
fn one_project_with_its_budget_above_the_header_in_csv() {
    let csv = "项目名称,环境应急与事故调查\n年度,2025\n预算数,30.00,执行数,18.00\n执行率,60%\n全年预计执行数,29.50\n总体目标完成进度,70%\n\
               三级指标,年度指标值,截至7月底完成值,偏差原因\n完成工作目标,≥3份,1份,\"人员保障, 其他\"\n";
    let doc = import::parse(csv, None).unwrap();
    assert!(doc.diagnostics.iter().all(|d| d.severity() == Severity::Note), "{:#?}", doc.diagnostics);
    let r = &doc.reports[0];
    assert_eq!(r.project.name, "环境应急与事故调查");
    // `执行数` above a monitoring table is the amount so far, not 全年执行数
    assert_eq!(r.project.budget.executed, None);
    assert_eq!(
        (r.budget.executed, r.budget.rate, r.budget.forecast),
        (Some("18.00".parse().unwrap()), Some("60".parse().unwrap()), Some("29.50".parse().unwrap()))
    );
    assert_eq!(r.goal_completion, Some("70".parse().unwrap()));
    assert_eq!(r.progress()[0].reasons.as_ref().unwrap().categories, [ReasonCategory::Staffing, ReasonCategory::Other]);
    let s = Profile::checkpoints().monitor(r);
    // 70% of goals against 60% of the budget: 10 points, allowed
    assert_eq!(s.findings.iter().map(|f| f.code().as_str()).collect::<Vec<_>>(), ["M004", "M002"]);
}

#[test]
fn the_lower_row_of_a_two_row_header_is_no_row_of_progress() {
    // `经费保障` under 偏差原因分析 names the column; it was once taken for a row whose progress
    // matched no indicator
    let text = "三级指标\t指标值\t1-7月执行情况\t偏差原因分析\n\t\t\t经费保障\n培训人数\t≥2万人\t9000人\t\n";
    let doc = import::parse(text, None).unwrap();
    assert!(doc.diagnostics.iter().all(|d| d.severity() == Severity::Note), "{:#?}", doc.diagnostics);
    assert_eq!(doc.reports[0].progress()[0].completed.as_deref(), Some("9000人"));
    // and a header without a progress column is said once, not once a header row
    let text = "三级指标\t指标值\t偏差原因分析\n\t\t经费保障\n培训人数\t≥2万人\t\n";
    let doc = import::parse(text, Some(7)).unwrap();
    assert_eq!(doc.diagnostics.iter().filter(|d| d.code() == jixiao::import::Code::NoProgressColumn).count(), 1);
}

/// A diagnostic's English line (`line 2, cell 3: error I008: …`): the second line of `{:#}`.
fn english(d: &jixiao::import::Diagnostic) -> String {
    format!("{d:#}").lines().nth(1).unwrap_or_default().trim().to_string()
}
