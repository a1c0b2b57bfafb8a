import Foundation

/// Names an event for a reader: its main people or organisations (those
/// most of its articles mention most), its distinctive place (mentioned
/// here, rare in the rest of the corpus: "Danang" rather than "Russia"),
/// and its dates.
struct EventLabeler {
    let articles: [Article]
    /// Entity name -> number of articles in the corpus that mention it.
    private let articleFrequency: [String: Int]

    init(_ articles: [Article]) {
        self.articles = articles
        var frequency: [String: Int] = [:]
        for article in articles {
            for name in Set(article.entities.map(\.entity)) { frequency[name, default: 0] += 1 }
        }
        articleFrequency = frequency
    }

    func label(_ indices: [Int]) -> String {
        struct Tally { var articles = 0; var mentions = 0; var type: EntityType }
        var tally: [String: Tally] = [:]
        for i in indices {
            var seen: Set<String> = []
            for m in articles[i].entities {
                tally[m.entity, default: Tally(type: m.type)].mentions += 1
                if seen.insert(m.entity).inserted { tally[m.entity]!.articles += 1 }
            }
        }
        let actors = tally.filter { $0.value.type != .place }
            .sorted { ($0.value.articles, $0.value.mentions, $1.key) > ($1.value.articles, $1.value.mentions, $0.key) }
            .prefix(2).map(\.key)
        let n = Double(articles.count)
        // The place spread over the event's articles and rare elsewhere,
        // mentions damped so that a much-discussed country does not win.
        func placeScore(_ name: String, _ t: Tally) -> Double {
            let rarity = log((n + 1) / Double(articleFrequency[name] ?? 1))
            return Double(t.articles) * (1 + log(Double(t.mentions))) * rarity
        }
        let place = tally.filter { $0.value.type == .place }
            .map { (name: $0.key, score: placeScore($0.key, $0.value)) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.name < $1.name }
            .first?.name
        let dates = indices.compactMap { articles[$0].metadata.date }.sorted()
        var parts: [String] = []
        if !actors.isEmpty { parts.append(actors.joined(separator: ", ")) }
        if let place { parts.append(place) }
        if let first = dates.first, let last = dates.last {
            parts.append(first == last ? first : "\(first) – \(last)")
        }
        // An event with no entities and no dates is named by its first title.
        return parts.isEmpty ? articles[indices[0]].title : parts.joined(separator: " · ")
    }
}
