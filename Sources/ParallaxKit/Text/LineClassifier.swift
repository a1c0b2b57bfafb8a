/// Classes every non-blank line of an article as title, body, caption or
/// boilerplate.
///
/// The rules are general signals about how saved web pages look, applied in
/// this order:
/// 1. the headline: the front matter's title, else the first line that is
///    neither furniture nor a caption;
/// 2. furniture by shape and cue: separators, player residue and time codes,
///    navigation phrases, picture-agency codes, promos, tiny fragments, short
///    lines that recur across the corpus, outlet self-descriptions;
/// 3. the end of the article: after a closing credit line ("With reporting
///    by ...") or a footer marker ("About the writer"), only credits remain;
/// 4. captions: picture positions "(left)", photo credits, "WATCH:" prefixes,
///    titles of embedded videos, a line repeated right below itself;
/// 5. repeated lines: later copies are boilerplate, as is a repeated line that
///    is not a caption;
/// 6. prose is body; a short line (a subhead, a transcript turn) is body when
///    the text it introduces is body.
struct LineClassifier {
    let text: SourceText
    let furniture: CorpusFurniture
    let titleHint: String?
    let outlet: String?
    /// The outlet's name lowercased with a space after it, as it starts a key.
    private let outletPrefix: String?

    init(text: SourceText, furniture: CorpusFurniture, titleHint: String?, outlet: String?) {
        self.text = text
        self.furniture = furniture
        self.titleHint = titleHint
        self.outlet = outlet
        outletPrefix = outlet.map { $0.lowercased() + " " }
    }

    private enum Verdict {
        case decided(LineClass, String)
        case prose
        case short
    }

    /// An article's non-blank lines and what the rules read in them, made
    /// once when the article is classified twice (again when its outlet is
    /// found in the text).
    struct Prepared {
        let lines: [SourceLine]
        let features: [LineFeatures]

        /// The lines of `lines` that are classified (one `ClassifiedLine`
        /// each, in order): the non-blank ones.
        static func classified(_ lines: [SourceLine]) -> [SourceLine] {
            lines.filter { !$0.isBlank }
        }

        init(_ text: SourceText, _ lines: [SourceLine]) {
            self.lines = Self.classified(lines)
            features = self.lines.map { line in
                LineFeatures(source: text, range: line.content, indented: line.content.start - line.range.start >= 2)
            }
        }
    }

    func classify(_ lines: [SourceLine]) -> [ClassifiedLine] {
        classify(Prepared(text, lines))
    }

    func classify(_ prepared: Prepared) -> [ClassifiedLine] {
        let lines = prepared.lines
        let features = prepared.features
        var verdicts = [Verdict](repeating: .short, count: lines.count)
        let credits = features.map(isClosingCredit)

        // 2. Furniture by shape and cue (lines repeated across the corpus after the headline is
        // known: two outlets may carry one agency story under the same headline).
        for i in lines.indices where !credits[i] {
            if let reason = furnitureReason(features[i]) { verdicts[i] = .decided(.boilerplate, reason) }
        }

        // 1. The headline.
        let titleIndex = findTitle(lines, features, verdicts)
        if let t = titleIndex { verdicts[t] = .decided(.title, "headline") }
        for i in lines.indices where i != titleIndex && !credits[i] {
            if case .decided = verdicts[i] { continue }
            if CorpusFurniture.isCandidate(features[i]), furniture.isRepeated(features[i].key) {
                verdicts[i] = .decided(.boilerplate, "repeated across the corpus")
            }
        }

        // Repeated lines (by key) and their positions.
        let counted = features.map { $0.wordCount >= 2 && !$0.isTranscriptTurn }
        let repeats = Self.copies(of: features.map(\.key), signatures: features.map(\.keyPunctuation),
                                  counted: counted)

        var articleOver = false
        var seenProse = false
        for i in lines.indices {
            if i == titleIndex { continue }
            if case .decided(.boilerplate, _) = verdicts[i] {
                if seenProse, BoilerplateCues.footerMarkers.contains(features[i].key) { articleOver = true }
                continue
            }
            let f = features[i]
            if credits[i] {
                verdicts[i] = .decided(.body, "credit line")
                if seenProse { articleOver = true }
                continue
            }
            // 3. After the end of the article.
            if articleOver {
                verdicts[i] = .decided(.boilerplate, "after the end of the article")
                continue
            }
            // 5. Repeats.
            let copies = repeats[i]
            if copies.count > 1, copies.first != i {
                verdicts[i] = .decided(.boilerplate, "repeat of line \(lines[copies.first].number)")
                continue
            }
            // 4. Captions.
            let next = i + 1 < lines.count ? i + 1 : nil
            let repeatedBelow = copies.count > 1 && next.map {
                counted[$0] && features[$0].key == f.key && lines[$0].number == lines[i].number + 1
            } == true
            if repeatedBelow {
                verdicts[i] = .decided(.caption, "caption repeated as alt text")
                continue
            }
            if let reason = captionReason(f, next: next.map { features[$0] }) {
                verdicts[i] = .decided(.caption, reason)
                continue
            }
            if copies.count > 1 {
                verdicts[i] = .decided(.boilerplate, "repeated line")
                continue
            }
            if f.isProse {
                verdicts[i] = .prose
                seenProse = true
            }
        }

        // 6. Short lines take the class of the text they introduce.
        var result: [ClassifiedLine] = []
        result.reserveCapacity(lines.count)
        for i in lines.indices {
            let (cls, reason): (LineClass, String)
            switch verdicts[i] {
            case .decided(let c, let r): (cls, reason) = (c, r)
            case .prose: (cls, reason) = (.body, "prose")
            case .short: (cls, reason) = resolveShort(i, verdicts, features)
            }
            result.append(ClassifiedLine(line: lines[i], lineClass: cls, reason: reason))
        }
        return result
    }

    /// For each line, the first line with the same key and how many lines
    /// have it, among the counted lines ((i, 0) for a line not counted).
    /// Each key is hashed once, and none when only one line is counted: a
    /// key may be a whole paragraph, and a long one costs a pass to hash.
    ///
    /// Only keys that share their `punctuationCount` (their `signatures`,
    /// counted as the features were read) with another are hashed: equal
    /// keys always share it, and most paragraphs do not.
    private static func copies(of keys: [String], signatures: [Int],
                               counted: [Bool]) -> [(first: Int, count: Int)] {
        var result = keys.indices.map { (first: $0, count: counted[$0] ? 1 : 0) }
        guard counted.lazy.filter({ $0 }).count >= 2 else { return result }
        var linesWithSignature: [Int: Int] = [:]
        for i in keys.indices where counted[i] { linesWithSignature[signatures[i], default: 0] += 1 }
        var groups: [(first: Int, count: Int)] = []
        var groupOfKey: [String: Int] = [:]
        var groupOfLine = [Int](repeating: -1, count: keys.count)
        for i in keys.indices where counted[i] && linesWithSignature[signatures[i]]! >= 2 {
            if let g = groupOfKey[keys[i]] {
                groups[g].count += 1
                groupOfLine[i] = g
            } else {
                groupOfKey[keys[i]] = groups.count
                groupOfLine[i] = groups.count
                groups.append((i, 1))
            }
        }
        for i in keys.indices where groupOfLine[i] >= 0 { result[i] = groups[groupOfLine[i]] }
        return result
    }

    /// How many of the text's scalars are ASCII digits, spaces, controls or
    /// punctuation below "A", leaving out ";", "<", "=" and ">": no canonical
    /// decomposition makes or takes away any of the others, so two strings
    /// Swift calls equal (canonically equivalent) have the same count. A
    /// cheap test that two strings differ, where hashing one means
    /// normalising it.
    static func punctuationCount(_ text: some StringProtocol) -> Int {
        var count = 0
        for byte in text.utf8 where byte < 0x41 && byte != 0x3B && byte != 0x3C && byte != 0x3D && byte != 0x3E {
            count += 1
        }
        return count
    }

    private func resolveShort(_ i: Int, _ verdicts: [Verdict], _ features: [LineFeatures]) -> (LineClass, String) {
        var j = i + 1
        while j < verdicts.count {
            switch verdicts[j] {
            case .short: j += 1; continue
            case .prose, .decided(.body, _): return (.body, "subhead or short line before body text")
            case .decided: break
            }
            break
        }
        if features[i].endsSentence || features[i].isTranscriptTurn {
            var k = i - 1
            while k >= 0, case .short = verdicts[k] { k -= 1 }
            if k >= 0 {
                switch verdicts[k] {
                case .prose, .decided(.body, _): return (.body, "short sentence after body text")
                default: break
                }
            }
        }
        return (.boilerplate, "short line outside the text")
    }

    private func findTitle(_ lines: [SourceLine], _ features: [LineFeatures], _ verdicts: [Verdict]) -> Int? {
        // Folding keeps every scalar `punctuationCount` counts but white space: lines whose
        // count differs from the title's cannot fold to it.
        if let hint = titleHint.map(Self.fold), !hint.isEmpty, case let hintCount = Self.printedPunctuation(hint),
           let i = lines.indices.first(where: {
               features[$0].printedPunctuation == hintCount && Self.fold(features[$0].text) == hint
           }) {
            return i
        }
        // Candidates before the text starts; a line repeated across the corpus is taken only when
        // no other candidate is there (a syndicated story keeps its headline, "Top Stories" does not).
        var candidates: [Int] = []
        for i in lines.indices {
            if case .decided = verdicts[i] { continue }
            let f = features[i]
            if captionReason(f, next: i + 1 < lines.count ? features[i + 1] : nil) != nil { continue }
            if f.wordCount >= 3 && f.wordCount <= 40 { candidates.append(i) }
            if f.isProse { break }
        }
        let repeated = { (i: Int) in CorpusFurniture.isCandidate(features[i]) && furniture.isRepeated(features[i].key) }
        // 1. A headline of this article's own.
        if let own = candidates.first(where: { !repeated($0) && !features[$0].isProse }) { return own }
        // 2. A headline other files share, nearest to the text.
        if let shared = candidates.last(where: repeated) { return shared }
        // 3. No headline: the text's first line, if it is short enough to stand for one.
        return candidates.first
    }

    /// `punctuationCount` without spaces and controls (0x00-0x20).
    private static func printedPunctuation(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 where byte > 0x20 && byte < 0x41 && byte != 0x3B && byte != 0x3C && byte != 0x3D
            && byte != 0x3E {
            count += 1
        }
        return count
    }

    /// `s` with its white space folded: words joined by single spaces.
    static func fold(_ s: String) -> String {
        ScalarWords.folded(s) ?? s.split(whereSeparator: ScalarWords.isWhitespace).joined(separator: " ")
    }

    // MARK: - Rules

    private func furnitureReason(_ f: LineFeatures) -> String? {
        if f.letterCount == 0 && f.digitCount == 0 { return "separator" }
        if f.isAllTimecodes { return "media player time codes" }
        if f.key.utf8.count <= BoilerplateCues.longestLineCue {
            if BoilerplateCues.player.contains(f.key) { return "media player residue" }
            if BoilerplateCues.navigation.contains(f.key) { return "navigation" }
        }
        if f.pieceCount == 1, f.letterCount > 0, f.digitCount >= 5 { return "picture agency code" }
        if f.pieceCount <= 3, f.key.hasSuffix(" image"), f.firstWord?.contains("x") == true, f.digitCount > 0 {
            return "image placeholder"
        }
        if f.wordCount < 30, BoilerplateCues.promoPhrases.occurs(in: f.key) { return "promo" }
        if f.pieceCount <= 1 && f.letterCount <= 3 { return "fragment" }
        if let outletPrefix, f.key.hasPrefix(outletPrefix) {
            let rest = f.key.dropFirst(outletPrefix.count)
            if BoilerplateCues.selfDescriptionVerbs.contains(where: { rest.hasPrefix($0) }) {
                return "outlet self-description"
            }
        }
        return nil
    }

    private func isClosingCredit(_ f: LineFeatures) -> Bool {
        f.wordCount <= 25 && BoilerplateCues.closingCredits.startsWord(of: f.key)
    }

    private func captionReason(_ f: LineFeatures, next: LineFeatures?) -> String? {
        if f.hasPictureSide { return "picture position in parentheses" }
        if let first = f.firstWord, first.hasSuffix(":"),
           BoilerplateCues.mediaPrefixes.contains(first.dropLast().lowercased()) {
            return "media prefix"
        }
        if !f.endsSentence, endsWithPhotoCredit(f) { return "photo credit" }
        if let next, f.wordCount <= 20,
           next.key.utf8.count <= BoilerplateCues.longestLineCue && BoilerplateCues.player.contains(next.key)
            || next.isAllTimecodes {
            return "title of an embedded video"
        }
        return nil
    }

    /// "(left)", "(L)", "(second from right)", "(facing)" (read once per line,
    /// by `LineFeatures`).
    static func hasPictureSide(_ text: String) -> Bool {
        guard text.utf8.contains(UInt8(ascii: "(")) else { return false }
        // In ASCII text each byte is a Character (a line has no "\n" to follow a "\r"), so the
        // parentheses are found by byte, without breaking the text into Characters.
        let ascii = text.isASCII
        var rest = Substring(text)
        while let open = ascii ? rest.utf8.firstIndex(of: UInt8(ascii: "(")) : rest.firstIndex(of: "(") {
            let after = rest[rest.index(after: open)...]
            guard let close = ascii ? after.utf8.firstIndex(of: UInt8(ascii: ")")) : after.firstIndex(of: ")") else {
                return false
            }
            let inner = after[..<close]
            let words = inner.split(whereSeparator: { $0.isWhitespace || $0 == "," })
            if !words.isEmpty, words.count <= 4, words.allSatisfy({ word in
                let lower = word.lowercased()
                guard BoilerplateCues.pictureSides.contains(lower) else { return false }
                return lower.count > 1 || word.first!.isUppercase  // "L", not "l"
            }) {
                return true
            }
            rest = after[after.index(after: close)...]
        }
        return false
    }

    /// "... MIKHAIL KLIMENTYEV/AFP/Getty Images", "REUTERS/Jonathan Ernst",
    /// "(Photo by Jane Doe)".
    private func endsWithPhotoCredit(_ f: LineFeatures) -> Bool {
        let tail = f.lastWords(6)
        for word in tail {
            let parts = word.split(separator: "/")
            if parts.count >= 2, let first = parts.first, first.count >= 2,
               first.allSatisfy({ $0.isUppercase || $0 == "-" || $0 == "." }) {
                return true
            }
        }
        let tailText = tail.joined(separator: " ").lowercased()
        return BoilerplateCues.photoCreditPhrases.occurs(in: tailText)
    }

    /// "0:00", "0:00:56".
    /// (The byte test comes first here and wherever a string is searched
    /// for one ASCII mark: Foundation's search is slow, and there is
    /// nothing to find without the byte.)
    static func isTimecode(_ word: String) -> Bool {
        word.utf8.contains(0x3A) && word.contains(":") && word.allSatisfy { $0 == ":" || $0.isASCII && $0.isNumber }
    }
}
