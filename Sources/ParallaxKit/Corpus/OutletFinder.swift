/// Finds the outlet's name in a page's own furniture: the name that opens
/// several boilerplate lines ("Newsweek cover", "Newsweek is committed to
/// ...", "RFE/RL journalists report ...") or names the site's domain
/// ("Newsweek.com").
enum OutletFinder {
    static func outlet(inBoilerplate lines: [String]) -> String? {
        var votes: [String: Int] = [:]
        var spelled: [String: String] = [:]
        for line in lines {
            let words = line.split(whereSeparator: { $0.isWhitespace })
                .map { $0.trimmingCharacters(in: "•·▪-*:,.;!?\"'“”‘’()") }
                .filter { !$0.isEmpty }
            guard let first = words.first else { continue }
            for (i, word) in words.enumerated() {
                var name = word
                var weight = 0
                let lower = word.lowercased()
                for tld in [".com", ".org", ".net", ".co.uk"] where lower.hasSuffix(tld) && lower.count > tld.count {
                    name = String(word.dropLast(tld.count))
                    weight = 2
                }
                if i == 0, weight == 0 {
                    weight = 1
                    let rest = words.dropFirst().joined(separator: " ").lowercased()
                    if BoilerplateCues.selfDescriptionVerbs.contains(where: { rest.hasPrefix($0) }) { weight = 3 }
                }
                guard weight > 0, isNameLike(name) else { continue }
                let key = name.lowercased()
                votes[key, default: 0] += weight
                if spelled[key] == nil || name != first { spelled[key] = name }
            }
        }
        guard let best = votes.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              best.value >= 3 else { return nil }
        return spelled[best.key]
    }

    /// A capitalised word that is not a common English word.
    private static func isNameLike(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.isUppercaseLetter, word.count >= 2 else { return false }
        guard word.unicodeScalars.contains(where: { $0.isLetter }) else { return false }
        return !CommonWords.english.contains(word.lowercased())
    }
}
