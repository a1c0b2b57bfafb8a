import Foundation

/// Which entities a group of articles (an outlet's) names more than the
/// other groups do: the log-odds ratio with an informative Dirichlet prior
/// (Monroe, Colaresi and Quinn 2008, "Fightin' Words"), as a z-score.
///
/// Raw counts would put the event's main actors on top for every outlet;
/// the log-odds against the other outlets finds what this one stresses, and
/// the prior (the whole scope's frequencies, worth `priorMentions`
/// mentions) keeps a name mentioned once from scoring as high as one
/// mentioned twenty times.
enum Salience {
    static let priorMentions = 100.0
    /// Entities shown for each group, at most.
    static let limit = 12

    private struct Key: Hashable {
        let name: String
        let type: EntityType
    }

    /// For each group (an outlet's name and articles), the entities it
    /// stresses; none when there is no other group to compare with. Photo
    /// agencies named in picture credits are left out, and so is each
    /// outlet's own name (its sign-offs and self-promotion are not news).
    static func stressed(articles: some ArticleCollection, groups: [(outlet: String, articles: [Int])]) -> [[OutletProfile.StressedEntity]] {
        guard groups.count > 1 else { return groups.map { _ in [] } }
        // Each group's mentions counted by entity (an entity index of each
        // would also gather every mention's place and spelling).
        let counts: [[Key: Int]] = ParallelMap.mapAll(groups) { group in
            var counts: [Key: Int] = [:]
            for a in Set(group.articles) {
                for m in articles[a].entities { counts[Key(name: m.entity, type: m.type), default: 0] += 1 }
            }
            return counts.filter { !CreditFinder.isPhotoAgency($0.key.name) }
        }
        var totals: [Key: Int] = [:]
        for c in counts { totals.merge(c, uniquingKeysWith: +) }
        let all = Double(totals.values.reduce(0, +))
        // Each organisation's outlet key, made once rather than once a group.
        var outletKeys: [String: String] = [:]
        for key in totals.keys where key.type == .org { outletKeys[key.name] = OutletNames.outletKey(key.name) }
        return zip(groups, counts).map { group, own in
            let n = Double(own.values.reduce(0, +))
            let rest = all - n
            let ownKey = OutletNames.outletKey(group.outlet)
            return own.compactMap { key, y -> OutletProfile.StressedEntity? in
                // Its own name as an organisation ("Fox News" in Fox News), not a place or
                // person that shares a word with it (the Atlantic ocean, a Mr. Hill).
                guard key.type != .org || outletKeys[key.name]! != ownKey else { return nil }
                let elsewhere = totals[key]! - y
                let alpha = priorMentions * Double(totals[key]!) / all
                let score = zScore(y: Double(y), n: n, yRest: Double(elsewhere), nRest: rest, alpha: alpha)
                guard score > 0 else { return nil }
                return OutletProfile.StressedEntity(name: key.name, type: key.type, mentions: y, mentionsElsewhere: elsewhere,
                                                    share: n > 0 ? Double(y) / n : 0, score: score)
            }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.name < $1.name }
            .prefix(limit).map { $0 }
        }
    }

    /// The log-odds ratio of a word in one group against the rest, over
    /// its standard deviation.
    static func zScore(y: Double, n: Double, yRest: Double, nRest: Double, alpha: Double) -> Double {
        let a0 = priorMentions
        let own = log((y + alpha) / (n + a0 - y - alpha))
        let other = log((yRest + alpha) / (nRest + a0 - yRest - alpha))
        return (own - other) / (1 / (y + alpha) + 1 / (yRest + alpha)).squareRoot()
    }
}
