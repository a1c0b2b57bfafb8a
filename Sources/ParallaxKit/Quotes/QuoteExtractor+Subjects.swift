/// Who a reporting verb's subject is: the name, pronoun, source or role
/// before the verb, an apposition's head, a speaker after an inverted verb,
/// and the checks on the words around a mention.
extension QuoteExtractor {
    // MARK: - Subjects

    /// The subject right before a verb, past adverbs and auxiliaries ("Varga
    /// also said", "Quist, who had called") and an apposition ("Brisco, the
    /// longest-serving member ..., said").
    func subject(before verb: Int, from lower: Int, in p: ParagraphWords) -> String? {
        var j = verb - 1
        var relative = false
        while j >= lower, p.isNarration(j), p.mention[j] == nil {
            // "Ines Falk (Greens) said": a short parenthetical after the name.
            if p.words[j] == ")", let open = stride(from: j - 1, through: max(lower, j - 8), by: -1).first(where: { p.words[$0] == "(" }) {
                j = open - 1
                continue
            }
            guard QuoteCues.betweenSubjectAndVerb.contains(p.words[j]) || (p.words[j].hasSuffix("ly") && p.words[j].count > 3) else { break }
            if ["who", "which", "that"].contains(p.words[j]) { relative = true }
            j -= 1
        }
        // "... said A and accused B": the subject of the verb before.
        if j >= lower, ["and", "but", "or"].contains(p.words[j]) {
            var k = j - 1
            while k >= lower {
                if p.isNarration(k), let earlier = cue(at: k, in: p) { return speaker(of: earlier, in: p) }
                k -= 1
            }
            return nil
        }
        if j >= lower, p.words[j] == "," {
            // "Ada Quist, who had called": the name before the relative clause.
            if relative { return speakerWord(at: nameEnd(before: j, in: p), in: p) }
            return appositionHead(before: j, from: lower, in: p)
        }
        guard j >= lower, p.isNarration(j) else { return nil }
        if let r = speakerWord(at: j, in: p) { return r }
        if let owner = channelOwner(at: j, from: lower, in: p) { return owner }
        // "a letter from the heads of the three ferry unions that said": the source
        // the relative clause hangs on, else the person.
        if relative {
            let window = stride(from: j, through: max(lower, j - 10), by: -1).filter { p.isNarration($0) }
            if let noun = window.first(where: { QuoteCues.sourceNouns.contains(p.words[$0]) }) {
                return description(endingAt: noun, in: p)
            }
            for k in window { if let r = referent(at: k, in: p, allowObject: true, peopleOnly: true) { return r } }
        }
        return nil
    }

    /// The name an apposition hangs on: "Brisco, the longest-serving member
    /// of the board, said", "Ines Falk, Greens, who ..., said", "Tamsin
    /// Hollis, who runs Open Shelf, a lending library, said". Before each comma
    /// further back (not the one closing the apposition), nearest first, a
    /// person or organisation; else a name the recogniser missed before the
    /// nearest.
    private func appositionHead(before close: Int, from lower: Int, in p: ParagraphWords) -> String? {
        // "the club's captain, Ines Falk, said": the apposition is the name.
        if close >= 2, let m = p.mention[close - 1], case let mention = asPerson(article.entities[m]), mention.type == .person {
            let first = firstToken(of: m, around: close - 1, in: p)
            if first > lower, p.words[first - 1] == "," { return mention.entity }
        }
        var nearest: Int? = nil
        var k = close - 1
        while k > lower, close - k <= 40 {
            if p.words[k] == "," {
                let end = nameEnd(before: k, in: p)
                if let r = referent(at: end, in: p, allowObject: true) { return r }
                if nearest == nil { nearest = end }
            }
            k -= 1
        }
        return nearest.flatMap { nameSpeaker(at: $0, in: p) }
    }

    /// The last word of a name before a comma, past a suffix ("Jr.", "II")
    /// and a place after "of" ("Ines Falk of Oslo", "Coach Falk, of Lund, said").
    private func nameEnd(before comma: Int, in p: ParagraphWords) -> Int {
        var t = comma - 1
        if t > 0, p.words[t] == ".", QuoteCues.nameSuffixes.contains(p.words[t - 1]) { t -= 1 }
        if t > 0, QuoteCues.nameSuffixes.contains(p.words[t]) { t -= 1 }
        if t >= 0, let m = p.mention[t], article.entities[m].type == .place {
            let first = firstToken(of: m, around: t, in: p)
            if first >= 2, p.words[first - 1] == "of" { t = first - 2 }
        }
        return t
    }

    /// "the mayor's official feed posted": whose account, feed or page it is.
    private func channelOwner(at t: Int, from lower: Int, in p: ParagraphWords) -> String? {
        QuoteCues.channels.contains(p.words[t]) ? possessor(before: t, from: lower, in: p) : nil
    }

    /// The first person named in the narration of a sentence as its subject
    /// (not after a preposition, not a possessive), else an organisation or
    /// a source.
    func firstSubject(in p: ParagraphWords, from start: Int, before end: Int) -> String? {
        personElseReferent(among: (afterDateline(start, before: end, in: p)..<max(start, end)).lazy.filter { p.isNarration($0) }, in: p)
    }

    /// A paragraph's first sentence past its dateline ("OSTRAVA (Wire) —").
    /// (A dash at or after `limit`, the quotation being attributed, belongs
    /// to the text, not to a dateline: `WARNING: "..." — a notice`.)
    func afterDateline(_ start: Int, before limit: Int, in p: ParagraphWords) -> Int {
        guard start == 0, let first = p.tokens.first, first.range.length >= 3,
              case let word = article.source[first.range], word == word.uppercased(),
              let dash = p.tokens.prefix(12).firstIndex(where: { ["—", "–"].contains(article.source[$0.range]) }),
              dash + 1 < limit, p.sentence[dash] == 0 else { return start }
        return dash + 1
    }

    /// A verb of claiming attributes only a quotation right after it
    /// ("claimed "..."", "claimed that "...""), not one further on in a
    /// clause it governs ("rivals, which claim that the club ... "...").
    func reaches(_ cue: Cue, _ open: Int, in p: ParagraphWords) -> Bool {
        !QuoteCues.directOnly.contains(p.words[cue.token]) || open - cue.last <= 2
    }

    /// The nearest eligible person before `end`, else an organisation or source.
    func nearestSubject(in p: ParagraphWords, from start: Int, before end: Int) -> String? {
        personElseReferent(among: stride(from: end - 1, through: start, by: -1).lazy.filter { p.isNarration($0) }, in: p)
    }

    /// The first of `tokens`, in their order, that refers to a person as a
    /// subject (not an object); failing that, the first that refers to an
    /// organisation or a source.
    func personElseReferent<Tokens: Sequence>(among tokens: Tokens, in p: ParagraphWords) -> String? where Tokens.Element == Int {
        var fallback: String? = nil
        for t in tokens {
            if let r = referent(at: t, in: p, allowObject: false, peopleOnly: true) { return r }
            if fallback == nil { fallback = referent(at: t, in: p, allowObject: false) }
        }
        return fallback
    }

    /// "said Varga", "according to the minutes of the meeting".
    /// Only verbs that invert have their speaker after them: "calling
    /// Osei's tackle", "blamed Halden for" name an object.
    func speakerAfter(_ cue: Cue, in p: ParagraphWords) -> String? {
        guard cue.speakerFollows || QuoteCues.invertible.contains(p.words[cue.last]) else { return nil }
        var t = cue.last + 1
        while t < p.tokens.count, t <= cue.last + 8, p.isNarration(t) {
            let w = p.words[t]
            // "said in a chat with KVLT", "said on the radio": no speaker after a preposition.
            if !cue.speakerFollows, QuoteCues.prepositions.contains(w) { return nil }
            if let m = p.mention[t], [.person, .org].contains(article.entities[m].type) {
                return article.entities[m].type == .org ? personNamed(after: t, in: p) ?? article.entities[m].entity : article.entities[m].entity
            }
            // "said the joint statement"; "said in a statement" does not name the speaker.
            if QuoteCues.sourceNouns.contains(w), t + 1 >= p.tokens.count || !QuoteCues.sourceNouns.contains(p.words[t + 1]),
               cue.speakerFollows || !isObjectOfPreposition(t, in: p) {
                return personNamed(after: t, in: p) ?? description(endingAt: t, in: p)
            }
            if w == "he" || w == "she" { return resolvePronoun(paragraph: p.index, token: t) }
            if QuoteCues.personRoles.contains(w), let person = personNamed(after: t, in: p) { return person }
            // "said Falk", "reported the Harbour Gazette", "said the Rev. Ines Falk": a name right
            // after the verb, "the" and titles aside.
            let lead = p.tokens[(cue.last + 1)..<t].indices.allSatisfy { p.words[$0] == "the" || isTitle($0, in: p) || isTitlePeriod($0, in: p) }
            if isTitle(t, in: p) || (lead && isTitlePeriod(t, in: p)) {
                t += 1
                continue
            }
            if lead, let name = nameSpeaker(at: t, in: p, forward: true) { return name }
            if article.source[p.tokens[t].range.start].isLetter == false, w != "-" { return nil }
            t += 1
        }
        return nil
    }

    /// "said Harbour Board Chair Ines Falk", "said a ferry company
    /// spokeswoman, Neve Pike", "said the head of the parents' group, Ada
    /// Quist": the person an organisation, role or source noun after the verb
    /// leads to, named after a comma or a title (not "a spokesman for Ines
    /// Falk"), in the same clause (not "the union, adding that Falk ...").
    private func personNamed(after t: Int, in p: ParagraphWords) -> String? {
        var u = t + 1
        while u < p.tokens.count, u <= t + 10, p.isNarration(u) {
            if let m = p.mention[u], case let mention = asPerson(article.entities[m]), mention.type == .person {
                let before = u - 1
                let introduced = p.words[before] == "," || isTitle(before, in: p) || isTitlePeriod(before, in: p)
                    || p.mention[before] != nil
                return introduced ? mention.entity : nil
            }
            let finalStop = article.source[p.tokens[u].range.start].isSentenceFinal && !isTitlePeriod(u, in: p)
            if finalStop || QuoteCues.clauseWords.contains(p.words[u]) || cue(at: u, in: p) != nil { return nil }
            u += 1
        }
        return nil
    }

    /// What the word at `t` refers to, as a speaker: a person or
    /// organisation named there, a pronoun resolved, a source ("joint
    /// statement") or a person by role ("the Icelandic premier").
    func referent(at t: Int, in p: ParagraphWords, allowObject: Bool, peopleOnly: Bool = false) -> String? {
        guard t >= 0, t < p.tokens.count else { return nil }
        if let m = p.mention[t] {
            let mention = asPerson(article.entities[m])
            guard mention.type == .person || (!peopleOnly && mention.type == .org) else { return nil }
            guard allowObject || isEligible(t, in: p) else { return nil }
            guard !isPossessive(mention) else { return nil }
            // "Coaches Lena Varga and Bex Osei say": the first of a pair.
            let first = firstToken(of: m, around: t, in: p)
            if first >= 2, p.words[first - 1] == "and", let other = p.mention[first - 2],
               article.entities[other].type == mention.type {
                return article.entities[other].entity
            }
            return mention.entity
        }
        let w = p.words[t]
        if w == "he" || w == "she" { return resolvePronoun(paragraph: p.index, token: t) }
        if peopleOnly {
            if QuoteCues.personRoles.contains(w), let person = resolveRole(at: t, in: p) { return person }
            return nil
        }
        if w == "it" { return resolveIt(paragraph: p.index, token: t) }
        if QuoteCues.personRoles.contains(w), let person = resolveRole(at: t, in: p) { return person }
        if QuoteCues.sourceNouns.contains(w) {
            // "In a statement, they said": the statement is not the subject; nor is a
            // modifier ("her union steward said").
            guard allowObject || (!isObjectOfPreposition(t, in: p) && !isModifier(t, in: p)) else { return nil }
            return description(endingAt: t, in: p)
        }
        return nil
    }

    /// A noun before another noun: "union" in "union steward".
    private func isModifier(_ t: Int, in p: ParagraphWords) -> Bool {
        guard t + 1 < p.tokens.count, p.isNarration(t + 1), p.tokens[t + 1].kind == .word else { return false }
        let next = p.words[t + 1]
        return article.source[p.tokens[t + 1].range.start].isLowercaseLetter && !QuoteCues.verbs.contains(next)
            && !QuoteCues.betweenSubjectAndVerb.contains(next) && !QuoteCues.prepositions.contains(next)
            && !QuoteCues.clauseWords.contains(next) && !next.hasSuffix("ly") && !next.hasSuffix("ing") && !next.hasSuffix("ed")
    }

    /// A noun whose phrase follows a preposition: "in a written statement".
    private func isObjectOfPreposition(_ t: Int, in p: ParagraphWords) -> Bool {
        var k = t - 1
        while k >= 0, QuoteCues.nounMarkers.contains(p.words[k]) || QuoteCues.sourceQualifiers.contains(p.words[k]) { k -= 1 }
        return k >= 0 && QuoteCues.prepositions.contains(p.words[k])
    }

    /// Not the object of a preposition ("met with Osei").
    func isEligible(_ t: Int, in p: ParagraphWords) -> Bool {
        let first = p.mention[t].map { firstToken(of: $0, around: t, in: p) } ?? t
        return first == 0 || !QuoteCues.prepositions.contains(p.words[first - 1])
    }

    func isPossessive(_ mention: EntityMention) -> Bool {
        let s = article.source
        let end = mention.range.end
        return end + 1 < s.count && s[end].isWordInternalApostrophe && s[end + 1] == "s"
    }

    private func firstToken(of m: Int, around t: Int, in p: ParagraphWords) -> Int {
        var first = t
        while first > 0, p.mention[first - 1] == m { first -= 1 }
        return first
    }

    func sentenceStart(of t: Int, in p: ParagraphWords) -> Int {
        var start = t
        while start > 0, p.sentence[start - 1] == p.sentence[t] { start -= 1 }
        return start
    }

    /// "joint statement", "senior officials": a source noun and the
    /// qualifiers before it.
    func description(endingAt t: Int, in p: ParagraphWords) -> String {
        // "officials in his own administration": the head noun before the preposition.
        if let head = stride(from: t - 1, through: max(0, t - 5), by: -1).first(where: {
            QuoteCues.sourceNouns.contains(p.words[$0]) && $0 + 1 < t && QuoteCues.prepositions.contains(p.words[$0 + 1])
        }) {
            return description(endingAt: head, in: p)
        }
        var start = t
        while start > 0, p.isNarration(start - 1), QuoteCues.sourceQualifiers.contains(p.words[start - 1]) { start -= 1 }
        return p.words[start...t].joined(separator: " ")
    }

    /// The speaker a word at `t` names as a subject: a referent, else a
    /// name the recogniser missed.
    private func speakerWord(at t: Int, in p: ParagraphWords) -> String? {
        referent(at: t, in: p, allowObject: true) ?? nameSpeaker(at: t, in: p)
    }
}
