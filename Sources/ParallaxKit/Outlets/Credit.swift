/// A news organisation whose reporting an article credits: "With reporting
/// by Reuters and AFP", "as cited by the Associated Press", "Courtesy of
/// Axios", "told CNN", a byline "AND Reuters".
public struct Credit: Sendable, Hashable {
    /// The organisation's canonical name ("Associated Press" for "AP").
    public let source: String
    /// Where the article names it.
    public let range: TextRange
    /// What makes it a credit: the credit line's or the phrase's words
    /// ("with reporting by", "as cited by", "told"), or "byline".
    public let cue: String
}

/// Finds the credits of an article.
///
/// Three places credit another newsroom: a closing credit line (every
/// organisation it names is credited); a phrase in the text that cites a
/// news organisation ("according to", "as cited by", "courtesy of", "told",
/// "... reported", "... contributed to this report", a wire dateline
/// "MOSCOW (Reuters) -"); and a short byline line after the article ("By
/// Jane Doe and Reuters", "AND Reuters"). In the text only news organisations count:
/// "according to the Kremlin" cites a source, not someone's reporting.
/// Photo credits in captions credit pictures, not reporting, and are left out.
enum CreditFinder {
    static func credits(in article: Article) -> [Credit] {
        var credits: [Credit] = []
        var mentions = article.entities.filter { $0.type == .org }[...]
        for paragraph in article.paragraphs where paragraph.kind != .caption {
            // A credit line credits every organisation it names, with its phrase.
            // Whether the paragraph is one is only asked once it names one
            // (most paragraphs name none, and the question lowercases its opening).
            var creditLine: String? = nil, asked = false
            for sentence in paragraph.sentences {
                var previous: EntityMention? = nil
                while let m = mentions.first, m.range.start < sentence.range.end {
                    mentions.removeFirst()
                    guard m.range.start >= sentence.range.start else { continue }
                    defer { previous = m }
                    if !asked {
                        creditLine = article.opensWithClosingCredit(paragraph.range) ? lineCue(article.opening(of: paragraph.range)) : nil
                        asked = true
                    }
                    if let creditLine {
                        credits.append(Credit(source: m.entity, range: m.range, cue: creditLine))
                        continue
                    }
                    guard isNewsOrganisation(m.entity) else { continue }
                    let source = article.source
                    let before = source[TextRange(wordsBack(source, from: m.range.start, to: sentence.range.start), m.range.start)]
                    let after = opening(source, from: m.range.end, to: sentence.range.end)
                    let listCue = previous.flatMap { p in credits.last?.range == p.range ? credits.last?.cue : nil }
                    if let cue = dateline(before, after) ?? cueBefore(before) ?? cueAfter(after) ?? continuedList(before, listCue) {
                        credits.append(Credit(source: m.entity, range: m.range, cue: cue))
                    }
                }
            }
        }
        return credits + bylines(article)
    }

    /// A news organisation by name: a known one, or a name ending in a
    /// newsroom word ("Korea Herald", "Nine News").
    static func isNewsOrganisation(_ name: String) -> Bool {
        if EntityCues.newsOrganisations.contains(name) { return true }
        // The last word, as splitting at spaces would find it (trailing
        // spaces left out), looked for in the bytes of an ASCII name (one
        // character a byte) and in the characters of any other.
        let last: Substring
        if name.isASCII {
            let bytes = name.utf8
            guard let end = bytes.lastIndex(where: { $0 != 0x20 }) else { return EntityCues.newsNameWords.contains(name) }
            last = name[(bytes[..<end].lastIndex(of: 0x20).map { bytes.index(after: $0) } ?? bytes.startIndex)...end]
        } else {
            guard let end = name.lastIndex(where: { $0 != " " }) else { return EntityCues.newsNameWords.contains(name) }
            last = name[(name[..<end].lastIndex(of: " ").map { name.index(after: $0) } ?? name.startIndex)...end]
        }
        return EntityCues.newsNameWords.contains(last)
    }

    /// Where the text before a name (from `start`, its sentence's start,
    /// to `end`) can start for `cueBefore` and `continuedList` to read it
    /// as they read all of it: six words back, which the cues read at most
    /// (four words of phrase after a dropped "the" and possessive). The
    /// cues lowercase and split what they are given, and a name late in a
    /// long sentence made that most of finding the credits.
    ///
    /// The text is cut only before a plain space after an ASCII letter or
    /// digit, where a character always ends (so the characters after the
    /// cut are the ones the whole text has there) and a word always ends
    /// before it (so each such space counts a word).
    static func wordsBack(_ text: SourceText, from end: Int, to start: Int) -> Int {
        let s = text.scalars
        var words = 0, i = end - 1
        while i > start {
            if s[i] == " ", s[i - 1].isASCII, s[i - 1].isAlphanumeric {
                words += 1
                // Six words after this space, and the one it ends: cut here.
                if words == 7 { return i }
            }
            i -= 1
        }
        return start
    }

    /// A picture agency ("Getty Images", "Shutterstock"), or a news
    /// agency's picture service ("AP Photo", "Reuters Pictures"): named in
    /// photo credits, it credits a picture, not reporting. ("Sony Pictures"
    /// and the "Getty Center" are neither.)
    static func isPhotoAgency(_ name: String) -> Bool {
        if photoAgencies.contains(name) { return true }
        guard let space = name.lastIndex(of: " "), photoWords.contains(String(name[name.index(after: space)...]))
        else { return false }
        let owner = String(name[..<space])
        return photoAgencies.contains(owner) || isNewsOrganisation(EntityCues.organisations[owner] ?? owner)
            || OutletNames.known(owner) != nil
    }

    static let photoAgencies: Set<String> = [
        "Getty Images", "Getty", "Shutterstock", "Alamy", "Corbis", "iStock", "iStockphoto", "Magnum Photos",
        "Pexels", "Unsplash", "European Pressphoto Agency",
    ]
    static let photoWords: Set<String> = ["Images", "Photos", "Photo", "Pictures"]

    /// Phrases that, just before a news organisation's name, credit it.
    static let citingPhrases = [
        "according to", "as cited by", "cited by", "as reported by", "reported by", "first reported by",
        "courtesy of", "quoted by", "in an interview with", "told", "said in an interview with", "via",
        "as reported in", "reported in", "wrote in", "writing in", "published by", "published in",
        "originally published by", "originally published in", "originally appeared in", "first appeared in",
        "republished from", "reprinted from", "with permission from",
    ]

    /// Words after the name that credit it ("Reuters reported", "The
    /// Associated Press contributed to this report").
    static let reportingVerbs = [
        "reported", "reports", "first reported", "has reported", "had reported", "revealed", "contributed",
    ]

    /// A wire dateline: "MOSCOW (Reuters) - ...", "(AP) —".
    static func dateline(_ before: String, _ after: String) -> String? {
        guard before.hasSuffix("("), after.hasPrefix(")") else { return nil }
        let rest = after.dropFirst().drop { $0 == " " }
        return rest.first.map { "-–—".contains($0) } == true ? "dateline" : nil
    }

    /// The text after a name (from `start` to `end`, its sentence's end)
    /// as `dateline` and `cueAfter` read it: its first 32 scalars or so,
    /// unless they leave either in doubt; then all of it. Both read the
    /// start only, and lowercasing the rest of a long sentence for them was
    /// a good part of finding the credits.
    ///
    /// The text is cut between two ASCII scalars (not a CR and its LF),
    /// where a character always ends: the characters before the cut are the
    /// ones the whole text has there. In doubt: fewer than 16 characters of
    /// it after the commas and white space `cueAfter` skips (the longest
    /// verb and the space after it are 15), or a ")" with nothing after it
    /// but spaces.
    static func opening(_ text: SourceText, from start: Int, to end: Int) -> String {
        let s = text.scalars
        var cut = min(start + 32, end)
        while cut < end, !(s[cut - 1].isASCII && s[cut].isASCII && !(s[cut - 1] == "\r" && s[cut] == "\n")) { cut += 1 }
        let window = text[TextRange(start, cut)]
        guard cut < end else { return window }
        let skipped = window.lowercased().drop { $0 == "," || $0.isWhitespace }
        let inDoubt = skipped.count < 16 || window.hasPrefix(")") && window.dropFirst().allSatisfy { $0 == " " }
        return inDoubt ? text[TextRange(start, end)] : window
    }

    /// The citing phrase that ends `before` (the sentence up to the name),
    /// allowing "the" and a possessive ("told Russia's RT").
    static func cueBefore(_ before: String) -> String? {
        let tail = lastWords(before).suffix(4).joined(separator: " ")
        return citingEnds.filter { tail == $0.phrase || tail.hasSuffix($0.end) }.map(\.phrase).max { $0.count < $1.count }
    }

    /// Each citing phrase, and the phrase after a space as a longer text ends with it.
    private static let citingEnds = citingPhrases.map { (phrase: $0, end: " " + $0) }

    /// The cue of the credit a name continues in a list ("according to CNN
    /// and the BBC"), when nothing but "and" or a comma stands between.
    static func continuedList(_ before: String, _ listCue: String?) -> String? {
        guard let listCue, let last = lastWords(before).last else { return nil }
        return last == "and" || last == "&" || before.hasSuffix(", ") ? listCue : nil
    }

    /// The words of `before`, lowercased, without a final "the" or possessive.
    private static func lastWords(_ before: String) -> [Substring] {
        let lowered = before.lowercased()
        var words: [Substring]
        if lowered.isASCII {
            // ASCII, one character a byte ("\r\n" is two, white space
            // either way): its bytes split as its characters would, and faster.
            words = lowered.utf8.split(whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) || $0 == 0x2C || $0 == 0x28 })
                .map { Substring($0) }
        } else {
            words = lowered.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "(" })
        }
        if words.last == "the" { words.removeLast() }
        if let last = words.last, last.hasSuffix("'s") || last.hasSuffix("’s") { words.removeLast() }
        return words
    }

    static func cueAfter(_ after: String) -> String? {
        let text = after.lowercased().drop { $0 == "," || $0.isWhitespace }
        return reportingVerbs.filter { text.hasPrefix($0 + " ") || text.hasPrefix($0 + ".") || text == $0 }
            .max { $0.count < $1.count }
    }

    /// "with reporting by": the credit phrase a credit line (lowercased) opens with.
    private static func lineCue(_ opening: String) -> String {
        BoilerplateCues.closingCreditPhrases.filter { opening.hasPrefix($0) }.max { $0.count < $1.count } ?? "credit line"
    }

    /// Short lines outside the text naming a news organisation after "By"
    /// or "And" ("AND Reuters", "By Jane Doe and Reuters").
    static func bylines(_ article: Article) -> [Credit] {
        var credits: [Credit] = []
        for classified in article.lines where classified.lineClass == .boilerplate {
            let range = classified.line.content
            let text = article.text(range)
            let words = text.split(whereSeparator: \.isWhitespace)
            guard (2...8).contains(words.count), let first = words.first?.lowercased(),
                  first == "by" || first == "and" || first == "&" else { continue }
            for name in bylineNames(text) {
                guard let canonical = EntityCues.organisations[name], isNewsOrganisation(canonical),
                      let found = text.range(of: name) else { continue }
                let start = range.start + text.unicodeScalars.distance(from: text.startIndex, to: found.lowerBound)
                credits.append(Credit(source: canonical, range: TextRange(start, start + name.unicodeScalars.count),
                                      cue: "byline"))
            }
        }
        return credits
    }

    /// The names a byline lists: its parts between "by", "and", "&" and commas.
    private static func bylineNames(_ line: String) -> [String] {
        var names: [String] = [], current: [String] = []
        let separators: Set<String> = ["by", "and", "&"]
        for word in line.split(whereSeparator: \.isWhitespace).map(String.init) {
            let bare = word.trimmingCharacters(in: ",;")
            if separators.contains(bare.lowercased()) {
                if !current.isEmpty { names.append(current.joined(separator: " ")) }
                current = []
                continue
            }
            current.append(bare)
            if word.hasSuffix(",") || word.hasSuffix(";") {
                names.append(current.joined(separator: " "))
                current = []
            }
        }
        if !current.isEmpty { names.append(current.joined(separator: " ")) }
        return names
    }
}
