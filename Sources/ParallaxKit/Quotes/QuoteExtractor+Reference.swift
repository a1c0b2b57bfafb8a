/// Reference resolution: "he" or "she" to a person of the right gender,
/// "it" to a source or organisation, "the Icelandic premier" to the
/// person named with that role.
extension QuoteExtractor {
    // MARK: - Reference

    /// He or she: the first person named in the nearest sentence before
    /// that names one (this paragraph, then up to three before), passing over
    /// people of the other gender (see `agrees`).
    func resolvePronoun(paragraph pi: Int, token t: Int) -> String? {
        guard pronounDepth < Self.maxPronounDepth else { return nil }
        pronounDepth += 1
        defer { pronounDepth -= 1 }
        let pronoun = words(pi).words[t]
        return lookBack(from: pi, token: t, paragraphs: 3) { p, limit in
            guard !p.tokens.isEmpty, limit > 0 else { return nil }
            var sentence = p.sentence[min(limit, p.tokens.count) - 1]
            while sentence >= 0 {
                let whole = p.tokens(ofSentence: sentence)
                let range = whole.lowerBound..<max(whole.lowerBound, min(whole.upperBound, limit))
                // "Varga said Osei told her ...": the subject of the sentence's first reporting verb.
                for u in range where p.isNarration(u) {
                    if let cue = cue(at: u, in: p), !cue.speakerFollows,
                       let s = subject(before: u, from: range.first!, in: p), isPerson(s), agrees(pronoun, with: s) { return s }
                }
                for u in range where p.isNarration(u) {
                    if let m = p.mention[u], case let mention = asPerson(article.entities[m]), mention.type == .person,
                       isEligible(u, in: p), !isPossessive(mention),
                       agrees(pronoun, with: mention.entity, at: mention.range.start) {
                        return mention.entity
                    }
                }
                sentence -= 1
            }
            return nil
        }
    }

    /// Whether "he" or "she" can stand for the person (named at `offset`, if
    /// known): in a story of a man and a woman, "she said" is the woman's even
    /// when the man was named last. An unknown gender (a unisex or unlisted
    /// name) fits either.
    private func agrees(_ pronoun: String, with name: String, at offset: Int? = nil) -> Bool {
        guard let gender = offset.flatMap(titleGender) ?? gender(of: name) else { return true }
        return (pronoun == "she") == (gender == .female)
    }

    /// The title before a mention: "Mr." male, "Mrs.", "Ms." or "Miss" female.
    private func titleGender(at offset: Int) -> Gender? {
        // Most names have no title: a word that does not start with "M" right before
        // is none of these, found without making it a String.
        let s = article.source
        var end = offset
        while end > 0, s[end - 1] == " " || s[end - 1] == "." { end -= 1 }
        guard end > 0, s[end - 1].isLetter else { return nil }
        var start = end - 1
        while start > 0, s[start - 1].isLetter { start -= 1 }
        guard s[start] == "M", (2...4).contains(end - start) else { return nil }
        switch wordBefore(offset) {
        case "Mr": return .male
        case "Mrs", "Ms", "Miss": return .female
        default: return nil
        }
    }

    /// The titles before the person's mentions, else the gender of the given
    /// name that begins a name of two words or more ("Mary Quill"; a one-word
    /// name is as often a surname). Nil when unknown or mixed.
    private func gender(of name: String) -> Gender? {
        if let known = genderCache[name] { return known }
        let found = readGender(of: name)
        genderCache[name] = .some(found)
        return found
    }

    private func readGender(of name: String) -> Gender? {
        let titles = Set((mentionsByName[name] ?? []).compactMap { titleGender(at: article.entities[$0].range.start) })
        if !titles.isEmpty { return titles.count == 1 ? titles.first : nil }
        guard let space = name.firstIndex(of: " ") else { return nil }
        return Gazetteer.shared.gender(ofGivenName: String(name[..<space]))
    }

    /// A person of the article, or a name the recogniser missed ("Brandt-Okafor"):
    /// not a source description, nor an organisation or place it knows.
    private func isPerson(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isUppercaseLetter else { return false }
        guard let mentions = mentionsByName[name] else { return true }
        return mentions.contains { article.entities[$0].type == .person }
    }

    /// It: the nearest source ("the joint statement") in this paragraph or
    /// the two before, else the nearest organisation.
    func resolveIt(paragraph pi: Int, token t: Int) -> String? {
        var organisation: String? = nil
        let source = lookBack(from: pi, token: t, paragraphs: 2) { p, limit in
            var u = limit - 1
            while u >= 0 {
                if p.isNarration(u) {
                    if QuoteCues.sourceNouns.contains(p.words[u]) { return description(endingAt: u, in: p) }
                    if organisation == nil, let m = p.mention[u], article.entities[m].type == .org {
                        organisation = article.entities[m].entity
                    }
                }
                u -= 1
            }
            return nil
        }
        return source ?? organisation
    }

    /// Reads back from token `t` of paragraph `pi`: `visit` gets that
    /// paragraph and `t`, then each of up to `back` paragraphs before it
    /// with its token count, nearest first, until it returns a speaker.
    private func lookBack(from pi: Int, token t: Int, paragraphs back: Int,
                          _ visit: (_ p: ParagraphWords, _ limit: Int) -> String?) -> String? {
        var pIndex = pi
        var limit = t
        while pIndex >= max(0, pi - back) {
            if let found = visit(words(pIndex), limit) { return found }
            pIndex -= 1
            if pIndex >= 0 { limit = words(pIndex).tokens.count }
        }
        return nil
    }

    /// "the Icelandic premier", "the U.S. envoy": the most recently named
    /// person whose mentions in the article stand after the same role or
    /// qualifier ("Icelandic Premier Ada Quist").
    func resolveRole(at t: Int, in p: ParagraphWords) -> String? {
        // "the congresswoman" for "Rep. Ines Falk".
        let role = QuoteCues.roleSynonyms[p.words[t]] ?? p.words[t]
        var qualifiers: [String] = []
        var k = t - 1
        while k >= 0, p.isNarration(k), p.words[k] != "the", p.words[k] != "a", t - k <= 3 {
            // "the soft-spoken senator": a compound describes, it does not identify.
            if !(p.words[k].utf8.contains(0x2D) && p.words[k].contains("-")) { qualifiers.append(normalQualifier(p.words[k])) }
            k -= 1
        }
        // A description starts with "the"; "a spokesman" is nobody in particular.
        guard k >= 0, p.words[k] == "the" else { return nil }
        if QuoteCues.genericRoles.contains(role), qualifiers.isEmpty { return nil }
        // The person named most recently before this point whose mentions stand after the role
        // (found by binary search: a long article has thousands of people and roles).
        let key = [role] + qualifiers
        let fitting = fittingMentions[key] ?? {
            let found = mentionsFitting(role: role, qualifiers: qualifiers)
            fittingMentions[key] = found
            return found
        }()
        let here = p.tokens[t].range.start
        let before = article.entities.firstIndex(past: { $0.range.start >= here })
        let latest = fitting.firstIndex(past: { $0 >= before }) - 1
        return latest >= 0 ? article.entities[fitting[latest]].entity : nil
    }

    /// The mentions of people (indices into the article's entities, in text
    /// order) whose name fits the role and its qualifiers: the words before
    /// the name's mentions hold the role (or the role is generic) and every
    /// qualifier.
    private func mentionsFitting(role: String, qualifiers: [String]) -> [Int] {
        let (mentions, names) = personMentions
        var fits = [Bool](repeating: true, count: names.count)
        let wanted = QuoteCues.genericRoles.contains(role) ? qualifiers : [role] + qualifiers
        for word in wanted {
            var named = [Bool](repeating: false, count: names.count)
            for n in namesByTitleWord[word] ?? [] { named[n] = true }
            for n in names.indices where !named[n] { fits[n] = false }
        }
        return mentions.filter { fits[$0.name] }.map(\.index)
    }

    /// The gazetteer's place names, lowercased. Uppercasing or capitalising
    /// an ASCII word changes only the case of its letters, so an ASCII word
    /// not in here is no place in either spelling `readQualifier` looks up,
    /// and those two look-ups (`capitalized` is a Foundation call) are skipped.
    private static let lowercasedPlaces: Set<String> = Set(Gazetteer.shared.places.dictionary.keys.lazy.map { $0.lowercased() })

    /// A qualifier that names a place is compared by the place's canonical
    /// name: "U.S." and "US" are one qualifier.
    private func normalQualifier(_ word: String) -> String {
        Self.normalQualifier(word, cache: &qualifierCache)
    }

    static func normalQualifier(_ word: String, cache: inout [String: String]) -> String {
        if let known = cache[word] { return known }
        let normal = readQualifier(word)
        cache[word] = normal
        return normal
    }

    private static func readQualifier(_ word: String) -> String {
        if let title = QuoteCues.abbreviatedRoles[word.hasSuffix(".") ? String(word.dropLast()) : word] { return title }
        if word.isASCII, !Self.lowercasedPlaces.contains(word) { return word }
        if let place = Gazetteer.shared.places[word.uppercased()] ?? Gazetteer.shared.places[word.capitalized] {
            return place.lowercased()
        }
        return word
    }
}
