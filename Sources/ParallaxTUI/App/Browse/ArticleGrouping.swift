import ParallaxKit

/// How the article list is grouped; `o` cycles through them.
public enum ListGrouping: String, Sendable, CaseIterable {
    case event, outlet, date, none

    public var next: ListGrouping {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// One row of the article list: a group's heading or an article.
public enum ListRow: Sendable, Hashable {
    /// A group's label, the articles listed under it and all the group's
    /// (more under a filter: "1 of 4 reports" says the event has others).
    case heading(String, count: Int, total: Int)
    case article(Int)
}

/// The article list's rows for a grouping: headings, each followed by its
/// articles. Events keep the grouper's order (first article first); outlets
/// go by name, dates newest first, undated last. With `kept` (a filter: an
/// entry an article), only the articles it keeps are listed and a group
/// none of whose articles it keeps is left out.
enum ArticleGrouping {
    static func rows(_ articles: [ArticleSummary], events: [NewsEvent], by grouping: ListGrouping,
                     keeping kept: [Bool]? = nil) -> [ListRow] {
        func isKept(_ article: Int) -> Bool { kept.map { $0.indices.contains(article) && $0[article] } ?? true }
        let groups: [(String, [Int])]
        switch grouping {
        case .none:
            return articles.indices.filter(isKept).map { .article($0) }
        case .event:
            groups = events.map { ($0.label, $0.articles) }
        case .outlet:
            let byOutlet = Dictionary(grouping: articles.indices) { articles[$0].metadata.outlet ?? "unknown outlet" }
            groups = byOutlet.sorted { $0.key.lowercased() < $1.key.lowercased() }.map { ($0.key, $0.value) }
        case .date:
            let byDate = Dictionary(grouping: articles.indices) { articles[$0].metadata.date ?? "" }
            groups = byDate.sorted { ($0.key.isEmpty ? 0 : 1, $0.key) > ($1.key.isEmpty ? 0 : 1, $1.key) }
                .map { ($0.key.isEmpty ? "undated" : $0.key, $0.value) }
        }
        var rows: [ListRow] = []
        for (label, all) in groups {
            let members = kept == nil ? all : all.filter(isKept)
            guard !members.isEmpty else { continue }
            rows.append(.heading(label, count: members.count, total: all.count))
            rows += members.map { .article($0) }
        }
        return rows
    }
}
