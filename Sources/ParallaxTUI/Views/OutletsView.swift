import ParallaxKit

/// The outlets view: `OutletsLayout` in the body, scrolled, with the
/// selected speaker or entity highlighted.
enum OutletsView {
    static func render(_ outlets: OutletsState, in rect: Rect, layouts: LayoutCache, into buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let layout = layouts.layout(outlets, width: rect.width)
        layout.draw(in: rect, top: outlets.top, cursor: Update.selectedLink(outlets, layout), focused: true, into: &buffer)
    }

    /// "Outlets 1–2 of 3 · e1 · Donald Trump: 48 quotes in RFE/RL".
    static func position(_ state: AppState, _ outlets: OutletsState, layouts: LayoutCache) -> String {
        let layout = layouts.layout(outlets, width: state.size.width)
        let count = outlets.report.profiles.count
        let shown = layout.shown.count == count
            ? "\(count) outlet\(count == 1 ? "" : "s")"
            : "outlets \(layout.shown.lowerBound + 1)–\(layout.shown.upperBound) of \(count) (h/l for more)"
        var parts = [shown, outlets.report.event.map { "event \($0.id)" } ?? "whole corpus"]
        if let selection = outlets.selection {
            let profile = outlets.report.profiles[selection.outlet]
            switch selection.target {
            case .speaker(let name):
                let n = profile.speakers.first { $0.name == name }?.quoteCount ?? 0
                parts.append("\(name): \(n) quote\(n == 1 ? "" : "s") in \(profile.outlet)")
            case .entity(let name, _):
                let n = profile.stressed.first { $0.name == name }?.mentions ?? 0
                parts.append("\(name): \(n) mention\(n == 1 ? "" : "s") in \(profile.outlet)")
            case .credit(let source):
                let n = profile.credits.first { $0.source == source }?.count ?? 0
                parts.append("\(source): credited \(n) time\(n == 1 ? "" : "s") by \(profile.outlet)")
            }
        }
        return parts.joined(separator: " · ")
    }
}
