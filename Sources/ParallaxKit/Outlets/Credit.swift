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
            let creditLine = article.opensWithClosingCredit(paragraph.range) ? lineCue(article.opening(of: paragraph.range)) : nil
            for sentence in paragraph.sentences {
                var previous: EntityMention? = nil
                while let m = mentions.first, m.range.start < sentence.range.end {
                    mentions.removeFirst()
                    guard m.range.start >= sentence.range.start else { continue }
                    defer { previous = m }
                    if let creditLine {
                        credits.append(Credit(source: m.entity, range: m.range, cue: creditLine))
                        continue
                    }
                    guard isNewsOrganisation(m.entity) else { continue }
                    let before = article.source[TextRange(sentence.range.start, m.range.start)]
                    let after = article.source[TextRange(m.range.end, sentence.range.end)]
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
        let last = name.split(separator: " ").last.map(String.init) ?? name
        return EntityCues.newsNameWords.contains(last)
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

    /// The citing phrase that ends `before` (the sentence up to the name),
    /// allowing "the" and a possessive ("told Russia's RT").
    static func cueBefore(_ before: String) -> String? {
        let tail = lastWords(before).suffix(4).joined(separator: " ")
        return citingPhrases.filter { tail == $0 || tail.hasSuffix(" " + $0) }.max { $0.count < $1.count }
    }

    /// The cue of the credit a name continues in a list ("according to CNN
    /// and the BBC"), when nothing but "and" or a comma stands between.
    static func continuedList(_ before: String, _ listCue: String?) -> String? {
        guard let listCue, let last = lastWords(before).last else { return nil }
        return last == "and" || last == "&" || before.hasSuffix(", ") ? listCue : nil
    }

    /// The words of `before`, lowercased, without a final "the" or possessive.
    private static func lastWords(_ before: String) -> [Substring] {
        var words = before.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "(" })
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
