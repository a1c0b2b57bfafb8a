/// Finds the outlet's name in a page's own furniture: a name that opens
/// several boilerplate lines ("Newsweek cover", "Newsweek app updates"),
/// describes itself ("Newsweek is committed to ...", "RFE/RL journalists
/// report ..."), or names the site's domain ("Newsweek.com").
enum OutletFinder {
    /// What the rules read of a line: its first few words (a name and what
    /// it says about itself) and those that may be a domain, trimmed of
    /// punctuation.
    struct LineWords: Sendable {
        let opening: [String]
        let domainLike: [String]
    }

    /// The outlet named by `lines`, each read (`words(of:)`) and whether
    /// it is boilerplate, in order.
    static func outlet(in lines: [(words: LineWords, isBoilerplate: Bool)]) -> String? {
        var votes: [String: Int] = [:]
        var fromFurniture: Set<String> = []
        var spelled: [String: String] = [:]
        func vote(_ name: String, _ weight: Int, furniture: Bool) {
            let key = name.lowercased()
            votes[key, default: 0] += weight
            if furniture { fromFurniture.insert(key) }
            if spelled[key] == nil { spelled[key] = name }
        }
        for (words, isBoilerplate) in lines {
            // Domains: "Newsweek.com".
            for word in words.domainLike {
                let lower = word.lowercased()
                for tld in [".com", ".org", ".net", ".co.uk"] where lower.hasSuffix(tld) && lower.count > tld.count {
                    let name = String(word.dropLast(tld.count))
                    if isNameLike(name) { vote(name, 2, furniture: true) }
                }
            }
            // The run of capitalised words that opens the line, and each of its prefixes.
            let run = Array(words.opening.prefix(3).prefix(while: isNameLike))
            guard !run.isEmpty else { continue }
            let rest = words.opening.dropFirst(run.count).joined(separator: " ").lowercased()
            let describesItself = BoilerplateCues.selfDescriptionVerbs.contains(where: { rest.hasPrefix($0) })
            for n in 1...run.count {
                let name = run.prefix(n).joined(separator: " ")
                if describesItself && n == run.count {
                    vote(name, 3, furniture: isBoilerplate)
                } else if isBoilerplate {
                    vote(name, 1, furniture: true)
                }
            }
        }
        // Most votes; on a tie the longer name ("Daily Planet" over "Daily").
        let ranked = votes.filter { $0.value >= 3 && fromFurniture.contains($0.key) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.count > $1.key.count }
        return ranked.first.flatMap { spelled[$0.key] }
    }

    private static let trimmed = TrimSet("•·▪-*:,.;!?\"'“”‘’()")
    /// Enough words after a three-word name for `rest` to start with the
    /// longest self-description verb, whatever follows.
    private static let openingWords = 3 + BoilerplateCues.selfDescriptionVerbs.map(\.count).max()! + 2

    /// A line's words as the rules read them (`LineWords`; those that may
    /// be a domain are all with a period when the line is split by
    /// Characters), from its scalars (a slice of the article's source: a
    /// long line is read without being made into a String). A long line's
    /// other words are never made, nor are their ranges kept.
    static func words(of text: ArraySlice<Unicode.Scalar>) -> LineWords {
        var opening: [String] = [], domainLike: [String] = []
        let endsDomainOrIsTrimmed = Self.endsDomainOrIsTrimmed
        let split = ScalarWords.forEachWhitespacePiece(of: text) { piece in
            let isOpening = opening.count < openingWords
            // Most words end in a letter or digit that ends no domain.
            let last = text[piece.upperBound - 1]
            guard isOpening || last.value >= 0x80 || endsDomainOrIsTrimmed[Int(last.value)] else { return }
            let mayBeDomain = mayEndInDomain(text[piece])
            guard isOpening || mayBeDomain else { return }
            // The piece is whole Characters (its separators stand alone), so its
            // String trims as the line's Substring would.
            let word = String(SourceText.string(text[piece]).trimming(trimmed))
            guard !word.isEmpty else { return }
            if isOpening { opening.append(word) }
            if mayBeDomain { domainLike.append(word) }
        }
        if split { return LineWords(opening: opening, domainLike: domainLike) }
        // A separator may join a neighbour: the words as Characters split them.
        let words = SourceText.string(text).split(whereSeparator: ScalarWords.isWhitespace)
            .map { String($0.trimming(trimmed)) }
            .filter { !$0.isEmpty }
        return LineWords(opening: Array(words.prefix(openingWords)),
                         domainLike: words.filter { $0.utf8.contains(UInt8(ascii: ".")) })
    }

    /// Whether a piece of a line, once trimmed, may end in ".com", ".org",
    /// ".net" or ".co.uk" in any case: its scalars, after trailing
    /// punctuation, spell one ("K" may be the Kelvin sign, which lowercases
    /// to "k") with at least one scalar before it. Read from the end, so that
    /// most words fail on their last letter or two without being measured.
    private static func mayEndInDomain(_ piece: ArraySlice<Unicode.Scalar>) -> Bool {
        // Most words end in a letter or digit that ends no domain.
        if let last = piece.last, last.value < 0x80, !endsDomainOrIsTrimmed[Int(last.value)] { return false }
        var end = piece.endIndex
        while end > piece.startIndex, piece[end - 1].value < 0x80 ? trimmedASCII[Int(piece[end - 1].value)]
                : trimmedScalars.contains(piece[end - 1]) {
            end -= 1
        }
        // Untrimmed, the last scalar must end a domain ("m", "g", "t", "k" in any case).
        if end > piece.startIndex, case let last = piece[end - 1], last.value < 0x80,
           !endsDomainOrIsTrimmed[Int(last.value)] {
            return false
        }
        return tlds.contains { tld in
            guard end - piece.startIndex > tld.count else { return false }  // a name before the domain
            return zip(piece[(end - tld.count)..<end], tld).allSatisfy { written, wanted in
                written == wanted || (written.value < 0x80 && written.value | 0x20 == wanted.value)
                    || (wanted == "k" && written == "\u{212A}")
            }
        }
    }

    /// For each ASCII scalar, whether a piece ending in it may still end in a
    /// domain: the last letter of one in either case, or punctuation that
    /// trimming removes.
    private static let endsDomainOrIsTrimmed: [Bool] = (0..<128).map { value in
        let s = Unicode.Scalar(UInt8(value))
        return trimmedScalars.contains(s) || tlds.contains { $0.last!.value == s.value | 0x20 }
    }

    /// `trimmedScalars` among the ASCII scalars, by value.
    private static let trimmedASCII: [Bool] = (0..<128).map { trimmedScalars.contains(Unicode.Scalar(UInt8($0))) }

    private static let tlds: [[Unicode.Scalar]] = [".com", ".org", ".net", ".co.uk"].map { Array($0.unicodeScalars) }
    /// The scalars of `trimmed`, and those canonically equal to one of them
    /// (U+0387 to "·", U+037E to ";").
    private static let trimmedScalars: Set<Unicode.Scalar> = Set("•·▪-*:,.;!?\"'“”‘’()".unicodeScalars)
        .union(["\u{0387}", "\u{037E}"])

    /// A capitalised word that is not a common English word.
    private static func isNameLike(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.isUppercaseLetter, word.count >= 2 else { return false }
        return !CommonWords.english.contains(word.lowercased())
    }
}
