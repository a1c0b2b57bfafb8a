/// Speakers the entity recogniser missed or misread: capitalised words
/// read as a name, a lone surname as the article's person, a place that is
/// a surname, and the titles around names.
extension QuoteExtractor {
    // MARK: - Names the recogniser missed

    /// A speaker written in capitalised words that the entity recogniser
    /// did not take for a person or organisation: "Ms. Florence said" where
    /// Florence was read as a place, "Brandt-Okafor wrote", "Peru said".
    /// The words end at `t` (or, `forward`, start there). A lone surname
    /// is the person of the article it names, the latest before first;
    /// else the words stand as written, titles aside.
    func nameSpeaker(at t: Int, in p: ParagraphWords, forward: Bool = false) -> String? {
        guard t >= 0, t < p.tokens.count, isNameWord(t, in: p) else { return nil }
        let here = p.tokens[t].range.start
        if let m = p.mention[t] {
            let mention = article.entities[m]
            // People and organisations are the referent's; a place may be a country or a misread surname.
            guard mention.type == .place, !isPossessive(mention) else { return nil }
            return person(surname: mention.entity, near: here) ?? mention.entity
        }
        // In a headline every word is capitalised: a run of them is no name.
        guard !isHeadline(p.index) else { return nil }
        var first = t, last = t
        if forward {
            while last + 1 < p.tokens.count, isNameWord(last + 1, in: p) || isTitlePeriod(last + 1, in: p) { last += 1 }
            // "Harbour Master Ines Falk": the person the words lead to.
            if last + 1 < p.tokens.count, let r = referent(at: last + 1, in: p, allowObject: true, peopleOnly: true) { return r }
        } else {
            while first > 0, isNameWord(first - 1, in: p) || isTitlePeriod(first - 1, in: p) { first -= 1 }
        }
        return name(from: first, to: last, in: p)
    }

    /// The name tokens `first...last` write, titles and a capitalised common
    /// word before it aside ("Later Coach Ines Falk"); a lone surname is
    /// the article's person of that surname.
    func name(from first: Int, to last: Int, in p: ParagraphWords) -> String? {
        let written = (first...last).map { article.source[p.tokens[$0].range] }.filter { $0 != "." }
        var words = written.filter { !EntityCues.titleWords.contains($0) && !EntityCues.abbreviatedTitles.contains($0) }
            .drop { CommonWords.english.contains($0.lowercased()) }
        // "Ms. Bishop": a surname that is also a title word.
        if words.isEmpty, written.count >= 2, QuoteCues.honorifics.contains(written[written.count - 2]) { words = [written.last!] }
        // "They", "Monday", "Osei's": no speaker.
        guard let surname = words.last, !CommonWords.english.contains(surname.lowercased()),
              !EntityCues.calendarWords.contains(surname), !surname.hasSuffix("'s"), !surname.hasSuffix("’s"),
              // "Icelandic", "Liberal": adjectives ("Liberal claims"), not speakers; "D-Wyo." a party label.
              !Gazetteer.shared.demonyms.contains(surname), !QuoteCues.partyAdjectives.contains(surname),
              !isPartyLabel(surname)
        else { return nil }
        return person(surname: surname, near: p.tokens[first].range.start) ?? words.joined(separator: " ")
    }

    /// A single-word place that is the surname of a person of the article
    /// ("Florence", "Chester" in the gazetteer of places, in an article naming
    /// Mira Florence) is that person; other mentions stay as they are.
    /// After a title ("Mayor Florence", "Dr. Chester") it is a person too.
    func asPerson(_ mention: EntityMention) -> EntityMention {
        guard mention.type == .place, !(mention.entity.utf8.contains(0x20) && mention.entity.contains(" ")) else { return mention }
        if let person = person(surname: mention.entity, near: mention.range.start) {
            return EntityMention(range: mention.range, type: .person, entity: person)
        }
        guard EntityCues.headTitles.contains(wordBefore(mention.range.start)) else { return mention }
        return EntityMention(range: mention.range, type: .person, entity: mention.entity)
    }

    /// The word before `offset` on its line, without a period ("Dr" for "Dr. Chester").
    func wordBefore(_ offset: Int) -> String {
        let s = article.source
        var end = offset
        while end > 0, s[end - 1] == " " || s[end - 1] == "." { end -= 1 }
        var start = end
        while start > 0, s[start - 1].isLetter { start -= 1 }
        return s[TextRange(start, end)]
    }

    /// A capitalised word in narration that is not a person or organisation
    /// the recogniser found.
    private func isNameWord(_ t: Int, in p: ParagraphWords) -> Bool {
        guard p.isNarration(t), p.tokens[t].kind == .word, article.source[p.tokens[t].range.start].isUppercaseLetter else { return false }
        return p.mention[t].map { article.entities[$0].type == .place } ?? true
    }

    /// "D-Wyo", "R-Mont": a party and state after a lawmaker's name.
    private func isPartyLabel(_ word: String) -> Bool {
        let parts = word.split(separator: "-", maxSplits: 1)
        return parts.count == 2 && ["R", "D", "I"].contains(parts[0])
    }

    /// A title before a name: "Sen", "Rev", "President".
    func isTitle(_ t: Int, in p: ParagraphWords) -> Bool {
        let written = article.source[p.tokens[t].range]
        return p.mention[t] == nil && (EntityCues.titleWords.contains(written) || EntityCues.abbreviatedTitles.contains(written))
            && written.first!.isUppercase
    }

    /// The period of an abbreviated title or initial inside a name: "Ms.", "E.".
    func isTitlePeriod(_ t: Int, in p: ParagraphWords) -> Bool {
        guard p.words[t] == ".", t > 0, t + 1 < p.tokens.count, p.isNarration(t) else { return false }
        let before = article.source[p.tokens[t - 1].range]
        return EntityCues.abbreviatedTitles.contains(before) || (before.count == 1 && before.first!.isUppercase)
    }

    /// The person of the article whose name ends in `surname`: the latest
    /// mention before `offset`, else the first after.
    func person(surname: String, near offset: Int) -> String? {
        // The mentions of people whose name (two words or more) ends in these words, in text order.
        guard let fitting = peopleBySurname[EntityLinker.key(surname)] else { return nil }
        let after = fitting.firstIndex(past: { article.entities[$0].range.start >= offset })
        return article.entities[after > 0 ? fitting[after - 1] : fitting[0]].entity
    }
}
