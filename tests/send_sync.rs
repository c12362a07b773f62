//! Every public type can cross threads.

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn public_types_are_send_and_sync() {
    assert_send_sync::<jixiao::Threshold>();
    assert_send_sync::<jixiao::Comparator>();
    assert_send_sync::<jixiao::Quantity>();
    assert_send_sync::<jixiao::Unit>();
    assert_send_sync::<jixiao::Actual>();
    assert_send_sync::<jixiao::Indicator>();
    assert_send_sync::<jixiao::Project>();
    assert_send_sync::<jixiao::ParseError>();
    assert_send_sync::<jixiao::CompareError>();
    assert_send_sync::<jixiao::Deadline>();
    assert_send_sync::<jixiao::monitor::Report>();
    assert_send_sync::<jixiao::monitor::Summary>();
    assert_send_sync::<jixiao::monitor::Signal>();
    assert_send_sync::<jixiao::monitor::Profile>();
    assert_send_sync::<jixiao::monitor::MonitorError>();
    assert_send_sync::<jixiao::monitor::CannotJudge>();
    assert_send_sync::<jixiao::monitor::import::ImportedReports>();
}
