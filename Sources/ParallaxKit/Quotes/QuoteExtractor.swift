/// Finds an article's quotations and who said them.
///
/// Attribution, in order of trust:
/// 1. a transcript label ("Reporter: ...", "Varga: \"...\"");
/// 2. a reporting verb after the quotation in its sentence ("...," said
///    Brisco / "...," he said / "..." the statement said);
/// 3. a reporting verb before it in its sentence (Varga told the council:
///    "..." / saying the agency had been "..."); the speaker is the verb's
///    subject, not the nearest name ("Varga wrote that Halden "will sign"" is
///    Varga's);
/// 4. no verb: a quotation standing alone continues the last speaker of the
///    paragraph or of the quotation before; a short phrase nobody is said to
///    have said is a scare quote.
/// Pronouns go to the subject of the nearest sentence that names a person;
/// "it" to the nearest source or organisation; "the Icelandic premier" to the
/// person the article introduced with those words.
final class QuoteExtractor {
    let article: Article
    /// Paragraphs read word by word so far: only those with quotations, and
    /// those a look-back reaches (most paragraphs of a long article are never read).
    private var read: [ParagraphWords?]
    private var titleWordsCache: [String: Set<String>] = [:]
    private var headlineCache: [Int: Bool] = [:]
    /// Pronouns being resolved, one inside another: resolving "he" can
    /// look for the speaker of an earlier verb, whose speaker is "he"
    /// again. Past a few levels the answer is nobody (and in text where
    /// the chain closes on itself, the recursion would never end).
    private var pronounDepth = 0
    private static let maxPronounDepth = 3

    init(article: Article) {
        self.article = article
        read = Array(repeating: nil, count: article.paragraphs.count)
    }

    static func quotes(in article: Article) -> [Quotation] {
        QuoteExtractor(article: article).run()
    }

    private func words(_ index: Int) -> ParagraphWords {
        if let done = read[index] { return done }
        let words = ParagraphWords(article: article, paragraph: index)
        read[index] = words
        return words
    }

    private struct Found {
        var speaker: String?
        var cue: String?
    }

    private func run() -> [Quotation] {
        let source = article.source
        var result: [Quotation] = []
        var previousSpeaker: (speaker: String, paragraph: Int)? = nil
        // Paragraphs already read as the unmarked middle and end of a quotation.
        var continued: Set<Int> = []
        for (pi, paragraph) in article.paragraphs.enumerated() where !continued.contains(pi) {
            // "Reporter: Today?" is a turn, "Varga: Halden 'Will Not Sign'" a subhead: the words after a label decide.
            let unlabelled = afterLabel(paragraph.range)
            let headline = isHeadline(pi)
            let next = pi + 1 < article.paragraphs.count ? article.paragraphs[pi + 1] : nil
            let spans = QuoteSpans.spans(in: source, range: paragraph.range, singleMarks: headline,
                                         nextOpensQuote: next.map { $0.kind == paragraph.kind && QuoteSpans.opensQuote(source, at: $0.range) } ?? false)
            if spans.isEmpty, unlabelled == paragraph.range, let block = introducedBlock(pi) {
                result.append(Quotation(range: source.trimmed(paragraph.range), kind: .speech, speaker: block.speaker,
                                        cue: block.cue, paragraph: pi))
                if let s = block.speaker { previousSpeaker = (s, pi) }
                continue
            }
            guard !spans.isEmpty || unlabelled != paragraph.range else { continue }
            var words = ParagraphWords(article: article, paragraph: pi)
            for (n, span) in spans.enumerated() { words.markQuote(n, open: span.open, close: span.close) }
            read[pi] = words

            let turn = headline ? nil : transcriptTurn(words)
            // A transcript turn without marks is a quotation from its colon to the paragraph's end.
            if let turn, spans.isEmpty || spans[0].open > turn.content.start {
                result.append(Quotation(range: turn.content, kind: .speech, speaker: turn.speaker, cue: ":", paragraph: pi))
                if let s = turn.speaker { previousSpeaker = (s, pi) }
                continue
            }
            var listed: (close: Int?, found: Found, kind: Quotation.Kind)? = nil
            for span in spans {
                // '"hasty" or a "blank cheque"': a list of quotations shares the first one's speaker.
                if let previous = listed, continuesList(after: previous.close, before: span.open, in: words) {
                    result.append(Quotation(range: span.content, kind: previous.kind, speaker: previous.found.speaker,
                                            cue: previous.found.cue, paragraph: pi))
                    listed?.close = span.close
                    continue
                }
                var found: Found
                // '"MARSH: So, ..."': the mark opening the turn quotes the whole turn.
                if let turn, span.open >= turn.content.start || span.open == paragraph.range.start {
                    found = Found(speaker: turn.speaker, cue: ":")
                } else {
                    found = attribute(span, in: words)
                }
                let kind: Quotation.Kind
                if headline {
                    kind = .headline
                } else if found.speaker == nil && found.cue == nil {
                    // No verb anywhere near: words that stand as speech continue the last speaker;
                    // a short phrase is a scare quote.
                    if wordCount(span.content) > 3 || isSentence(span.content) {
                        found.speaker = contextSpeaker(before: span, in: words)
                            ?? previousSpeaker.flatMap { $0.paragraph >= pi - 1 ? $0.speaker : nil }
                            ?? (span.open == paragraph.range.start ? lastSentenceSpeaker(paragraph: pi - 1) : nil)
                        kind = .speech
                    } else {
                        kind = .scare
                    }
                } else {
                    kind = .speech
                }
                result.append(Quotation(range: span.content, kind: kind, speaker: found.speaker, cue: found.cue, paragraph: pi))
                if kind == .speech, let s = found.speaker { previousSpeaker = (s, pi) }
                listed = (span.close, found, kind)
            }
            // A tweet or letter pasted over several paragraphs with marks only at its two ends.
            if let last = spans.last, last.close == nil, let quoted = result.last, quoted.kind == .speech {
                for (k, range) in unmarkedContinuation(after: pi) {
                    result.append(Quotation(range: range, kind: .speech, speaker: quoted.speaker, cue: nil, paragraph: k))
                    continued.insert(k)
                }
            }
        }
        return result
    }

    /// Only "and", "or", an article or a comma stand between the quotation
    /// closed at `close` and the one opened at `open`, in one sentence.
    private func continuesList(after close: Int?, before open: Int, in p: ParagraphWords) -> Bool {
        guard let close, let c = p.token(at: close), let o = p.token(at: open), o - c >= 2, o - c <= 4,
              p.sentence[c] == p.sentence[o] else { return false }
        let between = p.words[(c + 1)..<o]
        return between.contains { $0 == "and" || $0 == "or" } && between.allSatisfy { ["and", "or", ",", "a", "an", "the"].contains($0) }
    }

    /// Paragraphs that open (after a mark) with a label in capitals and a
    /// colon: a transcript has several, a lone "PARIS:" dateline is none.
    private lazy var capitalLabels: [Int] = article.paragraphs.indices.filter { pi in
        let s = article.source
        var i = article.paragraphs[pi].range.start
        let end = min(article.paragraphs[pi].range.end, i + 30)
        if i < end, s[i].isOpeningPunctuation { i += 1 }
        let start = i
        while i < end, s[i].isUppercaseLetter || s[i] == " " || s[i] == "." { i += 1 }
        return i < end && s[i] == ":" && i - start > 2
    }

    /// The title, or a line in headline case after any "Label:" (not a
    /// transcript's turn).
    private func isHeadline(_ pi: Int) -> Bool {
        if let known = headlineCache[pi] { return known }
        let paragraph = article.paragraphs[pi]
        // A turn of a transcript in capitals ("HOST: Is the ferry late?") is no subhead.
        let turn = paragraph.kind == .body && capitalLabels.count >= 2 && capitalLabels.contains(pi)
        let headline = paragraph.kind == .title || (!turn && EntityRecognizer.isHeadlineCase(article.source[afterLabel(paragraph.range)]))
        headlineCache[pi] = headline
        return headline
    }

    // MARK: - Transcript turns

    /// The text after a leading "Label:" of one to three words, else the whole range.
    private func afterLabel(_ range: TextRange) -> TextRange {
        let s = article.source
        var i = range.start, words = 0
        while i < range.end, words <= 3 {
            if s[i] == ":" { return i > range.start && s[i - 1].isLetter ? TextRange(i + 1, range.end) : range }
            if s[i].isSpace { words += 1 }
            i += 1
        }
        return range
    }

    /// "Reporter: Today?" or "Varga: ...": one to three capitalised words and
    /// a colon opening the paragraph, naming a person the article knows or a
    /// transcript role.
    ///
    /// A transcript quoted whole opens each turn with a mark ('"QUIST:
    /// ...'); a label in capitals ("MARSH:") is a speaker too, the
    /// article's person of that surname if there is one, unless it is a
    /// page label ("UPDATE:").
    private func transcriptTurn(_ p: ParagraphWords) -> (speaker: String?, content: TextRange)? {
        let first = p.tokens.first.map { article.source[$0.range.start].isOpeningPunctuation } == true ? 1 : 0
        guard let colon = p.tokens.prefix(first + 4).firstIndex(where: { article.source[$0.range.start] == ":" }),
              colon >= first + 1, colon + 1 < p.tokens.count,
              p.tokens[first..<colon].allSatisfy({ article.source[$0.range.start].isUppercaseLetter }) else { return nil }
        let label = p.words[first..<colon].joined(separator: " ")
        let written = article.source[TextRange(p.tokens[first].range.start, p.tokens[colon - 1].range.end)]
        let speaker: String
        if let m = p.mention[first], article.entities[m].type == .person, (first..<colon).allSatisfy({ p.mention[$0] == m }) {
            speaker = article.entities[m].entity
        } else if QuoteCues.transcriptRoles.contains(label) {
            speaker = written
        } else if written.count > 2, written == written.uppercased(), !QuoteCues.pageLabels.contains(label),
                  Gazetteer.shared.places[written.capitalized] == nil, capitalLabels.count >= 2 {
            let surname = p.words[colon - 1]
            speaker = person(surname: surname, near: p.tokens[first].range.start) ?? written.capitalized
        } else {
            return nil
        }
        let end = article.paragraphs[p.index].range.end
        return (speaker, article.source.trimmed(TextRange(p.tokens[colon].range.end, end)))
    }

    // MARK: - Attribution by a reporting verb

    private func attribute(_ span: QuoteSpans.Span, in p: ParagraphWords) -> Found {
        guard let open = p.token(at: span.open) else { return Found() }
        let close = span.close.flatMap { p.token(at: $0) }
        // 2. A verb after the quotation, in the sentence the quotation ends.
        if let close {
            if let signOff = signOff(after: close, in: p) { return signOff }
            var t = close + 1
            var seen = 0
            // '"...!" Varga wrote' starts a new sentence for the splitter: the attribution may
            // stand there, right after the mark. After '."' the sentence has ended: only a
            // sentence that is nothing but the attribution ('Varga said.') still attributes.
            let sentence = t < p.tokens.count ? p.sentence[t] : p.sentence[close]
            let ended = sentence != p.sentence[close] && endsWithPeriod(span)
                && p.sentence.lazy.filter { $0 == sentence }.count > 4
            let reach = sentence == p.sentence[close] ? 20 : ended ? 0 : 3
            while t < p.tokens.count, p.sentence[t] == sentence, seen < reach {
                defer { t += 1 }
                guard p.isNarration(t) else { continue }
                seen += 1
                // '"..." after the Ledger reported': a verb in another clause.
                if QuoteCues.clauseOpeners.contains(p.words[t]) { break }
                if let cue = cue(at: t, in: p) {
                    let speaker = subject(before: t, from: close + 1, in: p)
                        ?? (hasSubjectWord(before: t, from: close + 1, in: p) ? nil : speakerAfter(cue, in: p))
                    if speaker != nil { return Found(speaker: speaker, cue: cue.text) }
                    break
                }
            }
        }
        // 3. A verb before it, in the sentence the quotation opens.
        var t = open - 1
        while t >= 0, p.sentence[t] == p.sentence[open] {
            if p.isNarration(t), let cue = cue(at: t, in: p), reaches(cue, open, in: p) {
                return Found(speaker: speaker(of: cue, in: p), cue: cue.text)
            }
            if p.isNarration(t), let claimant = claimant(of: t, in: p) {
                return Found(speaker: claimant, cue: article.source[p.tokens[t].range])
            }
            t -= 1
        }
        // 4. No verb, but the quotation is what the subject called something or the words its clause announces.
        if let framer = framer(of: open, in: p) { return Found(speaker: framer, cue: nil) }
        return Found()
    }

    /// "Varga's claim that ...", "the senator's remarks about ...": whose
    /// words a noun of speech after a possessive are.
    /// The noun must introduce the words ("claim that", "remarks about",
    /// "statement:"); in "thought Osei's remarks "naive"" they are
    /// the sentence's subject's.
    private func claimant(of t: Int, in p: ParagraphWords) -> String? {
        guard QuoteCues.claimNouns.contains(p.words[t]), t + 1 < p.tokens.count,
              ["that", "about", "on", ":"].contains(p.words[t + 1]) else { return nil }
        return possessor(before: t, in: p)
    }

    /// The person or organisation whose possessive stands right before the
    /// noun at `t`: "Varga's claim", "Varga's earlier claim".
    private func possessor(before t: Int, from lower: Int = 0, in p: ParagraphWords) -> String? {
        for k in stride(from: t - 1, through: max(lower, t - 2), by: -1) where p.isNarration(k) {
            guard let m = p.mention[k] else { continue }
            let mention = asPerson(article.entities[m])
            return [.person, .org].contains(mention.type) && isPossessive(mention) ? mention.entity : nil
        }
        return nil
    }

    /// 'Quist wrote off the tariff as a "stunt"' and 'The coach gave one
    /// instruction: "Keep the ball."': the sentence's subject, for a quotation after
    /// "as" (not "such as", "known as") or right after a colon.
    private func framer(of open: Int, in p: ParagraphWords) -> String? {
        guard open > 0, p.isNarration(open - 1) else { return nil }
        var k = open - 1
        // "as a "...", "as the "...": one article between "as" and the mark.
        if k > 0, ["a", "an", "the"].contains(p.words[k]) { k -= 1 }
        let afterAs = k > 0 && p.words[k] == "as" && !QuoteCues.namingBeforeAs.contains(p.words[k - 1])
        guard afterAs || p.words[open - 1] == ":", p.sentence[k] == p.sentence[open] else { return nil }
        let start = afterDateline(sentenceStart(of: open, in: p), before: k, in: p)
        var organisation: String? = nil
        for t in start..<k where p.isNarration(t) && startsPredicate(after: t, in: p) {
            if let r = referent(at: t, in: p, allowObject: false, peopleOnly: true) { return r }
            if organisation == nil { organisation = referent(at: t, in: p, allowObject: false) }
        }
        return organisation
    }

    /// The word at `t` ends a subject: a lowercase verb follows, past
    /// adverbs and auxiliaries, or a comma ("Halden, who chairs ...,
    /// mocked"). "Farmers Slam Mayor Varga As" has no subject named.
    private func startsPredicate(after t: Int, in p: ParagraphWords) -> Bool {
        var u = t + 1
        while u < p.tokens.count, p.mention[u] != nil && p.mention[u] == p.mention[t] { u += 1 }
        // "Ada Quist (Greens), for her part, had been".
        if u < p.tokens.count, p.words[u] == "(", let close = p.words[u...].prefix(8).firstIndex(of: ")") { u = close + 1 }
        let predicate = u
        while u < p.tokens.count, QuoteCues.betweenSubjectAndVerb.contains(p.words[u]) || (p.words[u].hasSuffix("ly") && p.words[u].count > 3) { u += 1 }
        guard u < p.tokens.count, p.isNarration(u) else { return false }
        // "Osei was in a hurry": an auxiliary already made it the subject.
        if u > predicate { return true }
        // "Halden, who chairs", "Quist, for her part, had"; not "Osei, D-Wyo., as".
        if p.words[u] == "," {
            return u + 1 < p.tokens.count && article.source[p.tokens[u + 1].range.start].isLowercaseLetter
        }
        let w = p.words[u]
        return article.source[p.tokens[u].range.start].isLowercaseLetter && !QuoteCues.prepositions.contains(w)
            && !QuoteCues.clauseWords.contains(w) && !QuoteCues.nounMarkers.contains(w)
    }

    private struct Cue {
        /// The verb's token (the first, for "according to").
        let token: Int
        /// The last token of the cue.
        let last: Int
        let text: String
        /// The speaker follows the cue: "according to the statement".
        let speakerFollows: Bool
        /// "saying", "adding": the subject is the clause's.
        let nonFinite: Bool
    }

    private func cue(at t: Int, in p: ParagraphWords) -> Cue? {
        let w = p.words[t]
        let source = article.source
        for phrase in QuoteCues.speakerFollows where phrase[0] == w && t + phrase.count <= p.tokens.count
            && p.words[t..<(t + phrase.count)].elementsEqual(phrase) {
            let last = t + phrase.count - 1
            return Cue(token: t, last: last, text: source[TextRange(p.tokens[t].range.start, p.tokens[last].range.end)],
                       speakerFollows: true, nonFinite: false)
        }
        // "as Ines Falk put it, "..."".
        if w == "put", t + 1 < p.tokens.count, p.words[t + 1] == "it" {
            return Cue(token: t, last: t + 1, text: source[TextRange(p.tokens[t].range.start, p.tokens[t + 1].range.end)],
                       speakerFollows: false, nonFinite: false)
        }
        guard QuoteCues.verbs.contains(w), p.mention[t] == nil, !isNoun(t, in: p) else { return nil }
        // "called on", "described as": the particle belongs to the cue.
        var last = t
        if t + 1 < p.tokens.count, (w.hasPrefix("call") && p.words[t + 1] == "on") || (w.hasPrefix("describ") && p.words[t + 1] == "as") {
            last = t + 1
        }
        return Cue(token: t, last: last, text: source[TextRange(p.tokens[t].range.start, p.tokens[last].range.end)],
                   speakerFollows: false, nonFinite: w.hasSuffix("ing"))
    }

    /// A verb form read as a noun or a name: after an article, a possessive
    /// or an adjective of party or nation ("a statement", "Varga's
    /// remarks", "Liberal reports"), a finite form after a
    /// preposition ("in notes to members"; "by saying" is a verb), or
    /// capitalised inside a sentence of running text ("Minister of Works";
    /// a headline's "Says" is a verb).
    private func isNoun(_ t: Int, in p: ParagraphWords) -> Bool {
        if t > 0, p.sentence[t - 1] == p.sentence[t], article.source[p.tokens[t].range.start].isUppercaseLetter, !isHeadline(p.index) {
            return true
        }
        guard t > 0 else { return false }
        let before = p.words[t - 1]
        if QuoteCues.nounMarkers.contains(before) || before.hasSuffix("'s") || before.hasSuffix("’s") { return true }
        // "a TikTok post", "the KVLT report": a singular name takes "posts", "reports";
        // "union demands", "agency reports": a noun before makes it one.
        if p.mention[t - 1] != nil, QuoteCues.nounLikeVerbs.contains(p.words[t]) { return true }
        if QuoteCues.sourceNouns.contains(before) || QuoteCues.sourceQualifiers.contains(before),
           QuoteCues.nounLikeVerbs.contains(p.words[t]) || QuoteCues.nounLikeVerbs.contains(String(p.words[t].dropLast())) {
            return true
        }
        // "Liberal claims", "Icelandic reports".
        let written = article.source[p.tokens[t - 1].range]
        if Gazetteer.shared.demonyms.contains(written) || QuoteCues.partyAdjectives.contains(written) { return true }
        return before != "to" && QuoteCues.prepositions.contains(before) && !p.words[t].hasSuffix("ing")
    }

    /// Who speaks through a verb before the quotation.
    private func speaker(of cue: Cue, in p: ParagraphWords) -> String? {
        if cue.speakerFollows { return speakerAfter(cue, in: p) }
        let start = sentenceStart(of: cue.token, in: p)
        if cue.nonFinite {
            // "a clip of Osei telling fans": the name right before the participle.
            if cue.token > 0, let s = referent(at: cue.token - 1, in: p, allowObject: true, peopleOnly: true) { return s }
            // "Varga said ..., adding that": the speaker of the sentence's earlier verb.
            var t = cue.token - 1
            while t >= start {
                if p.isNarration(t), let earlier = self.cue(at: t, in: p), !earlier.nonFinite, let s = speaker(of: earlier, in: p) { return s }
                t -= 1
            }
            return firstSubject(in: p, from: start, before: cue.token)
        }
        return subject(before: cue.token, from: start, in: p)
            ?? nearestSubject(in: p, from: start, before: cue.token)
            ?? (hasSubjectWord(before: cue.token, from: start, in: p) ? nil : speakerAfter(cue, in: p))
    }

    /// A word stands as the verb's subject, named or not ("most fans said
    /// Osei looked ...": Osei is no inverted speaker).
    private func hasSubjectWord(before verb: Int, from start: Int, in p: ParagraphWords) -> Bool {
        var j = verb - 1
        while j >= start, QuoteCues.betweenSubjectAndVerb.contains(p.words[j]) || (p.words[j].hasSuffix("ly") && p.words[j].count > 3) { j -= 1 }
        return j >= start && p.isNarration(j) && p.tokens[j].kind != .punctuation && !QuoteCues.clauseWords.contains(p.words[j])
    }

    // MARK: - Subjects

    /// The subject right before a verb, past adverbs and auxiliaries ("Varga
    /// also said", "Quist, who had called") and an apposition ("Brisco, the
    /// longest-serving member ..., said").
    private func subject(before verb: Int, from lower: Int, in p: ParagraphWords) -> String? {
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
    private func firstSubject(in p: ParagraphWords, from start: Int, before end: Int) -> String? {
        var fallback: String? = nil
        for t in afterDateline(start, before: end, in: p)..<max(start, end) where p.isNarration(t) {
            if let r = referent(at: t, in: p, allowObject: false, peopleOnly: true) { return r }
            if fallback == nil { fallback = referent(at: t, in: p, allowObject: false) }
        }
        return fallback
    }

    /// A paragraph's first sentence past its dateline ("OSTRAVA (Wire) —").
    /// (A dash at or after `limit`, the quotation being attributed, belongs
    /// to the text, not to a dateline: `WARNING: "..." — a notice`.)
    private func afterDateline(_ start: Int, before limit: Int, in p: ParagraphWords) -> Int {
        guard start == 0, let first = p.tokens.first, first.range.length >= 3,
              case let word = article.source[first.range], word == word.uppercased(),
              let dash = p.tokens.prefix(12).firstIndex(where: { ["—", "–"].contains(article.source[$0.range]) }),
              dash + 1 < limit, p.sentence[dash] == 0 else { return start }
        return dash + 1
    }

    /// A verb of claiming attributes only a quotation right after it
    /// ("claimed "..."", "claimed that "...""), not one further on in a
    /// clause it governs ("rivals, which claim that the club ... "...").
    private func reaches(_ cue: Cue, _ open: Int, in p: ParagraphWords) -> Bool {
        !QuoteCues.directOnly.contains(p.words[cue.token]) || open - cue.last <= 2
    }

    /// The nearest eligible person before `end`, else an organisation or source.
    private func nearestSubject(in p: ParagraphWords, from start: Int, before end: Int) -> String? {
        var t = end - 1
        var fallback: String? = nil
        while t >= start {
            if p.isNarration(t) {
                if let r = referent(at: t, in: p, allowObject: false, peopleOnly: true) { return r }
                if fallback == nil { fallback = referent(at: t, in: p, allowObject: false) }
            }
            t -= 1
        }
        return fallback
    }

    /// "said Varga", "according to the minutes of the meeting".
    /// Only verbs that invert have their speaker after them: "calling
    /// Osei's tackle", "blamed Halden for" name an object.
    private func speakerAfter(_ cue: Cue, in p: ParagraphWords) -> String? {
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
    private func referent(at t: Int, in p: ParagraphWords, allowObject: Bool, peopleOnly: Bool = false) -> String? {
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
    private func isEligible(_ t: Int, in p: ParagraphWords) -> Bool {
        let first = p.mention[t].map { firstToken(of: $0, around: t, in: p) } ?? t
        return first == 0 || !QuoteCues.prepositions.contains(p.words[first - 1])
    }

    private func isPossessive(_ mention: EntityMention) -> Bool {
        let s = article.source
        let end = mention.range.end
        return end + 1 < s.count && s[end].isWordInternalApostrophe && s[end + 1] == "s"
    }

    private func firstToken(of m: Int, around t: Int, in p: ParagraphWords) -> Int {
        var first = t
        while first > 0, p.mention[first - 1] == m { first -= 1 }
        return first
    }

    private func sentenceStart(of t: Int, in p: ParagraphWords) -> Int {
        var start = t
        while start > 0, p.sentence[start - 1] == p.sentence[t] { start -= 1 }
        return start
    }

    /// "joint statement", "senior officials": a source noun and the
    /// qualifiers before it.
    private func description(endingAt t: Int, in p: ParagraphWords) -> String {
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

    // MARK: - Names the recogniser missed

    /// A speaker written in capitalised words that the entity recogniser
    /// did not take for a person or organisation: "Ms. Florence said" where
    /// Florence was read as a place, "Brandt-Okafor wrote", "Peru said".
    /// The words end at `t` (or, `forward`, start there). A lone surname
    /// is the person of the article it names, the latest before first;
    /// else the words stand as written, titles aside.
    private func nameSpeaker(at t: Int, in p: ParagraphWords, forward: Bool = false) -> String? {
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
    private func name(from first: Int, to last: Int, in p: ParagraphWords) -> String? {
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
    private func asPerson(_ mention: EntityMention) -> EntityMention {
        guard mention.type == .place, !mention.entity.contains(" ") else { return mention }
        if let person = person(surname: mention.entity, near: mention.range.start) {
            return EntityMention(range: mention.range, type: .person, entity: person)
        }
        guard EntityCues.headTitles.contains(wordBefore(mention.range.start)) else { return mention }
        return EntityMention(range: mention.range, type: .person, entity: mention.entity)
    }

    /// The word before `offset` on its line, without a period ("Dr" for "Dr. Chester").
    private func wordBefore(_ offset: Int) -> String {
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
    private func isTitle(_ t: Int, in p: ParagraphWords) -> Bool {
        let written = article.source[p.tokens[t].range]
        return p.mention[t] == nil && (EntityCues.titleWords.contains(written) || EntityCues.abbreviatedTitles.contains(written))
            && written.first!.isUppercase
    }

    /// The period of an abbreviated title or initial inside a name: "Ms.", "E.".
    private func isTitlePeriod(_ t: Int, in p: ParagraphWords) -> Bool {
        guard p.words[t] == ".", t > 0, t + 1 < p.tokens.count, p.isNarration(t) else { return false }
        let before = article.source[p.tokens[t - 1].range]
        return EntityCues.abbreviatedTitles.contains(before) || (before.count == 1 && before.first!.isUppercase)
    }

    /// The person of the article whose name ends in `surname`: the latest
    /// mention before `offset`, else the first after.
    private func person(surname: String, near offset: Int) -> String? {
        let key = EntityLinker.key(surname)
        let fits = { (m: EntityMention) in
            m.type == .person && m.entity.contains(" ") && EntityLinker.key(m.entity).hasSuffix(" " + key)
        }
        return article.entities.last(where: { $0.range.start < offset && fits($0) })?.entity
            ?? article.entities.first(where: fits)?.entity
    }

    /// '"...," ― Ines Falk' (an epigraph or a list of reader voices): a dash
    /// after the closing mark and a name that ends the line.
    private func signOff(after close: Int, in p: ParagraphWords) -> Found? {
        let dash = close + 1, name = close + 2
        guard name < p.tokens.count, p.isNarration(dash), ["—", "―", "–", "-"].contains(p.words[dash]) else { return nil }
        // Capitalised words, whatever the recogniser made of them ("Rosa T. Amsel Okafor").
        var end = name
        while end + 1 < p.tokens.count, p.isNarration(end + 1),
              article.source[p.tokens[end + 1].range.start].isUppercaseLetter || isTitlePeriod(end + 1, in: p) { end += 1 }
        // The name ends the line: nothing after it but a period or comma, or a new line.
        let after = end + 1
        let endsLine = after >= p.tokens.count || [".", ","].contains(p.words[after])
            || article.source[TextRange(p.tokens[end].range.end, p.tokens[after].range.start)].contains("\n")
        let oneMention = p.mention[name] != nil && (name...end).allSatisfy { p.mention[$0] == p.mention[name] }
        guard endsLine, article.source[p.tokens[name].range.start].isUppercaseLetter,
              let speaker = oneMention ? referent(at: name, in: p, allowObject: true) : self.name(from: name, to: end, in: p)
        else { return nil }
        return Found(speaker: speaker, cue: p.words[dash])
    }

    // MARK: - Reference

    /// He or she: the first person named in the nearest sentence before
    /// that names one (this paragraph, then up to three before), passing over
    /// people of the other gender (see `agrees`).
    private func resolvePronoun(paragraph pi: Int, token t: Int) -> String? {
        guard pronounDepth < Self.maxPronounDepth else { return nil }
        pronounDepth += 1
        defer { pronounDepth -= 1 }
        let pronoun = words(pi).words[t]
        var pIndex = pi
        var limit = t
        while pIndex >= max(0, pi - 3) {
            let p = words(pIndex)
            guard !p.tokens.isEmpty, limit > 0 else {
                pIndex -= 1
                if pIndex >= 0 { limit = words(pIndex).tokens.count }
                continue
            }
            var sentence = p.sentence[min(limit, p.tokens.count) - 1]
            while sentence >= 0 {
                let range = p.sentence.indices.filter { p.sentence[$0] == sentence && $0 < limit }
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
            pIndex -= 1
            if pIndex >= 0 { limit = words(pIndex).tokens.count }
        }
        return nil
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
        let titles = Set(article.entities.filter { $0.entity == name }.compactMap { titleGender(at: $0.range.start) })
        if !titles.isEmpty { return titles.count == 1 ? titles.first : nil }
        guard let space = name.firstIndex(of: " ") else { return nil }
        return Gazetteer.shared.gender(ofGivenName: String(name[..<space]))
    }

    /// A person of the article, or a name the recogniser missed ("Brandt-Okafor"):
    /// not a source description, nor an organisation or place it knows.
    private func isPerson(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isUppercaseLetter else { return false }
        return article.entities.contains { $0.type == .person && $0.entity == name }
            || !article.entities.contains { $0.entity == name }
    }

    /// It: the nearest source ("the joint statement") in this paragraph or
    /// the two before, else the nearest organisation.
    private func resolveIt(paragraph pi: Int, token t: Int) -> String? {
        var organisation: String? = nil
        var pIndex = pi
        var limit = t
        while pIndex >= max(0, pi - 2) {
            let p = words(pIndex)
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
            pIndex -= 1
            if pIndex >= 0 { limit = words(pIndex).tokens.count }
        }
        return organisation
    }

    /// "the Icelandic premier", "the U.S. envoy": the most recently named
    /// person whose mentions in the article stand after the same role or
    /// qualifier ("Icelandic Premier Ada Quist").
    private func resolveRole(at t: Int, in p: ParagraphWords) -> String? {
        // "the congresswoman" for "Rep. Ines Falk".
        let role = QuoteCues.roleSynonyms[p.words[t]] ?? p.words[t]
        var qualifiers: [String] = []
        var k = t - 1
        while k >= 0, p.isNarration(k), p.words[k] != "the", p.words[k] != "a", t - k <= 3 {
            // "the soft-spoken senator": a compound describes, it does not identify.
            if !p.words[k].contains("-") { qualifiers.append(normalQualifier(p.words[k])) }
            k -= 1
        }
        // A description starts with "the"; "a spokesman" is nobody in particular.
        guard k >= 0, p.words[k] == "the" else { return nil }
        if QuoteCues.genericRoles.contains(role), qualifiers.isEmpty { return nil }
        // People named before this point, most recent first, with the words before their mentions.
        let here = p.tokens[t].range.start
        var seen: Set<String> = []
        for mention in article.entities.reversed() where mention.type == .person && mention.range.start < here {
            guard seen.insert(mention.entity).inserted else { continue }
            let context = titleWords(of: mention.entity)
            let roleFits = QuoteCues.genericRoles.contains(role) || context.contains(role)
            if roleFits, qualifiers.allSatisfy(context.contains) { return mention.entity }
        }
        return nil
    }

    /// The four words before each mention of a person in the article,
    /// lowercased, qualifiers normalised ("icelandic", "premier" for
    /// "Icelandic Premier Ada Quist"). Read from the source, once per name.
    private func titleWords(of name: String) -> Set<String> {
        if let known = titleWordsCache[name] { return known }
        let s = article.source
        var found: Set<String> = []
        for mention in article.entities where mention.entity == name {
            var i = mention.range.start
            for _ in 0..<4 {
                while i > 0, !s[i - 1].isAlphanumeric, s[i - 1] != "\n" { i -= 1 }
                guard i > 0, s[i - 1].isAlphanumeric else { break }
                var end = i
                while i > 0, s[i - 1].isAlphanumeric || s[i - 1] == "." || s[i - 1].isWordInternalApostrophe { i -= 1 }
                // "U.S." keeps its last period, as the tokenizer does.
                if end < s.count, s[end] == ".", s[TextRange(i, end)].contains(".") { end += 1 }
                found.insert(normalQualifier(s[TextRange(i, end)].lowercased()))
            }
        }
        titleWordsCache[name] = found
        return found
    }

    /// A qualifier that names a place is compared by the place's canonical
    /// name: "U.S." and "US" are one qualifier.
    private func normalQualifier(_ word: String) -> String {
        if let title = QuoteCues.abbreviatedRoles[word.hasSuffix(".") ? String(word.dropLast()) : word] { return title }
        if let place = Gazetteer.shared.places[word.uppercased()] ?? Gazetteer.shared.places[word.capitalized] {
            return place.lowercased()
        }
        return word
    }

    // MARK: - Context

    /// The speaker of the last reporting verb in this paragraph's narration
    /// before the quotation ("Varga said she and Osei met ... \"We met
    /// twice.\"").
    private func contextSpeaker(before span: QuoteSpans.Span, in p: ParagraphWords) -> String? {
        guard let open = p.token(at: span.open) else { return nil }
        var t = open - 1
        while t >= 0 {
            // "according to" names where the words were reported, not who goes on speaking.
            if p.isNarration(t), let cue = cue(at: t, in: p), !cue.speakerFollows, let s = speaker(of: cue, in: p) { return s }
            t -= 1
        }
        return nil
    }

    /// 'Varga posted at noon:' or '"...," he wrote.' closing the paragraph
    /// before: the speaker of a reporting verb in its last sentence, for a
    /// paragraph that is one quotation with no attribution of its own.
    private func lastSentenceSpeaker(paragraph pi: Int) -> String? {
        lastSentenceCue(paragraph: pi)?.speaker
    }

    private func lastSentenceCue(paragraph pi: Int) -> Found? {
        guard pi >= 0, article.paragraphs[pi].kind == .body else { return nil }
        let p = words(pi)
        guard let last = p.sentence.last else { return nil }
        for t in p.tokens.indices.reversed() where p.sentence[t] == last && p.isNarration(t) {
            if let cue = cue(at: t, in: p), !cue.speakerFollows, let s = speaker(of: cue, in: p) { return Found(speaker: s, cue: cue.text) }
        }
        return nil
    }

    /// 'Quist answered on her blog, writing:' and then a paragraph with no
    /// marks at all: the tweet, letter or statement it introduces.
    private func introducedBlock(_ pi: Int) -> Found? {
        guard pi > 0, article.paragraphs[pi].kind == .body, !hasDoubleMark(article.paragraphs[pi].range) else { return nil }
        let before = article.source.trimmed(article.paragraphs[pi - 1].range)
        guard !before.isEmpty, article.source[before.end - 1] == ":" else { return nil }
        return lastSentenceCue(paragraph: pi - 1)
    }

    /// The paragraphs after `pi` (at most four) that carry on a quotation
    /// left open: none has a mark, but the last ends with a closing mark.
    /// Their ranges, the last without its mark; none if no such end comes.
    private func unmarkedContinuation(after pi: Int) -> [(Int, TextRange)] {
        let source = article.source
        var found: [(Int, TextRange)] = []
        for k in (pi + 1)..<min(pi + 5, article.paragraphs.count) where article.paragraphs[k].kind == .body {
            let range = source.trimmed(article.paragraphs[k].range)
            guard !range.isEmpty else { return [] }
            let last = range.end - 1
            if !hasDoubleMark(range) {
                found.append((k, range))
                continue
            }
            // The end: one mark, closing the paragraph ('See you at the pier!"').
            guard QuoteSpans.isDoubleMark(source[last]), !hasDoubleMark(TextRange(range.start, last)),
                  last > range.start, !source[last - 1].isSpace else { return [] }
            found.append((k, source.trimmed(TextRange(range.start, last))))
            return found
        }
        return []
    }

    private func hasDoubleMark(_ range: TextRange) -> Bool {
        (range.start..<range.end).contains { QuoteSpans.isDoubleMark(article.source[$0]) }
    }

    private func wordCount(_ range: TextRange) -> Int { Tokenizer.wordCount(in: article.source, range: range) }

    /// The quotation's last character before its closing mark is a period.
    private func endsWithPeriod(_ span: QuoteSpans.Span) -> Bool {
        guard let close = span.close, close > span.open + 1 else { return false }
        return article.source[close - 1] == "."
    }

    /// A capital first and final punctuation last: "We met twice."
    private func isSentence(_ range: TextRange) -> Bool {
        let s = article.source
        var end = range.end
        while end > range.start, s[end - 1].isClosingPunctuation { end -= 1 }
        return !range.isEmpty && s[range.start].isUppercaseLetter && end > range.start && s[end - 1].isSentenceFinal
    }
}
