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
///
/// This file holds the state and the attribution order; the steps live in
/// extensions: `+Transcripts` (labelled turns), `+Subjects` (a verb's
/// subject), `+Reference` (pronouns and roles), `+MissedNames` (names the
/// recogniser missed) and `+Context` (speakers with no verb of their own);
/// `+Lookups` holds the article's mentions by name, surname and title word.
final class QuoteExtractor {
    let article: Article
    /// Paragraphs read word by word so far: only those with quotations, and
    /// those a look-back reaches (most paragraphs of a long article are never read).
    private var read: [ParagraphWords?]
    /// Each person's gender once worked out (from all their mentions).
    var genderCache: [String: Gender?] = [:]
    /// The article's mentions by name, surname and title word: worked out
    /// once, and shared with the extractors that read a long paragraph's
    /// quotations on other cores.
    let lookups: Lookups
    var mentionsByName: [String: [Int]] { lookups.mentionsByName }
    var peopleBySurname: [String: [Int]] { lookups.peopleBySurname }
    var personMentions: (mentions: [(index: Int, name: Int)], names: [String]) { lookups.personMentions }
    var namesByTitleWord: [String: [Int]] { lookups.namesByTitleWord }
    /// The person mentions that fit a role and its qualifiers, by role and
    /// qualifiers ("premier", "icelandic"), once found.
    var fittingMentions: [[String]: [Int]] = [:]
    /// `normalQualifier(_:)` by word: the words before names repeat, and
    /// each costs gazetteer look-ups in two spellings.
    var qualifierCache: [String: String] = [:]
    private var headlineCache: [Int: Bool] = [:]
    /// Pronouns being resolved, one inside another: resolving "he" can
    /// look for the speaker of an earlier verb, whose speaker is "he"
    /// again. Past a few levels the answer is nobody (and in text where
    /// the chain closes on itself, the recursion would never end).
    var pronounDepth = 0
    static let maxPronounDepth = 3

    /// A paragraph with twice this many quotations has them read on every
    /// core (see `readOnEveryCore`; tests use fewer).
    let spansPerCore: Int
    /// How many shares those quotations are read in: one a core (tests ask
    /// for more than the machine has cores).
    let shares: Int

    convenience init(article: Article, namesPerRun: Int = 256, spansPerCore: Int = 256, shares: Int = ParallelMap.threadCount) {
        self.init(article: article, lookups: Lookups(article: article, namesPerRun: namesPerRun), spansPerCore: spansPerCore,
                  shares: shares)
    }

    private init(article: Article, lookups: Lookups, spansPerCore: Int, shares: Int) {
        self.article = article
        self.lookups = lookups
        self.spansPerCore = spansPerCore
        self.shares = max(1, shares)
        read = Array(repeating: nil, count: article.paragraphs.count)
    }

    static func quotes(in article: Article) -> [Quotation] {
        QuoteExtractor(article: article).run()
    }

    /// The quotations found by `run` (tests set the sizes of the parts read apart).
    func quotations() -> [Quotation] { run() }

    func words(_ index: Int) -> ParagraphWords {
        if let done = read[index] { return done }
        let words = ParagraphWords(article: article, paragraph: index)
        read[index] = words
        return words
    }

    struct Found {
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
            let next = pi + 1 < article.paragraphs.count ? article.paragraphs[pi + 1] : nil
            let nextOpensQuote = next.map { $0.kind == paragraph.kind && QuoteSpans.opensQuote(source, at: $0.range) } ?? false
            // A headline's single marks quote ("Varga Calls Deal 'Historic'"); elsewhere they are apostrophes.
            let headline = isHeadline(pi)
            let spans = QuoteSpans.spans(in: source, range: paragraph.range, singleMarks: headline, nextOpensQuote: nextOpensQuote)
            if spans.isEmpty, unlabelled == paragraph.range, let block = introducedBlock(pi) {
                result.append(quotation(range: source.trimmed(paragraph.range), kind: .speech, speaker: block.speaker,
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
                result.append(quotation(range: turn.content, kind: .speech, speaker: turn.speaker, cue: ":", paragraph: pi))
                if let s = turn.speaker { previousSpeaker = (s, pi) }
                continue
            }
            var listed: (close: Int?, found: Found, kind: Quotation.Kind)? = nil
            let readings = spans.count >= 2 * spansPerCore ? readOnEveryCore(spans, in: words, headline: headline) : nil
            for (n, span) in spans.enumerated() {
                // '"hasty" or a "blank cheque"': a list of quotations shares the first one's speaker.
                if let previous = listed, continuesList(after: previous.close, before: span.open, in: words) {
                    result.append(quotation(range: span.content, kind: previous.kind, speaker: previous.found.speaker,
                                            cue: previous.found.cue, paragraph: pi))
                    listed?.close = span.close
                    continue
                }
                var found: Found
                var reading: SpanReading? = nil
                // '"MARSH: So, ..."': the mark opening the turn quotes the whole turn.
                if let turn, span.open >= turn.content.start || span.open == paragraph.range.start {
                    found = Found(speaker: turn.speaker, cue: ":")
                } else {
                    let spanReading = readings?[n] ?? self.reading(span, in: words, headline: headline)
                    reading = spanReading
                    found = spanReading.found
                }
                let kind: Quotation.Kind
                if headline {
                    kind = .headline
                } else if found.speaker == nil && found.cue == nil, let reading {
                    // No verb anywhere near: words that stand as speech continue the last speaker;
                    // a short phrase is a scare quote.
                    if reading.isSpeech {
                        found.speaker = reading.contextSpeaker
                            ?? previousSpeaker.flatMap { $0.paragraph >= pi - 1 ? $0.speaker : nil }
                            ?? (span.open == paragraph.range.start ? lastSentenceSpeaker(paragraph: pi - 1) : nil)
                        kind = .speech
                    } else {
                        kind = .scare
                    }
                } else {
                    kind = .speech
                }
                result.append(quotation(range: span.content, kind: kind, speaker: found.speaker, cue: found.cue, paragraph: pi,
                                        words: reading?.words))
                if kind == .speech, let s = found.speaker { previousSpeaker = (s, pi) }
                listed = (span.close, found, kind)
            }
            // A tweet or letter pasted over several paragraphs with marks only at its two ends.
            if let last = spans.last, last.close == nil, let quoted = result.last, quoted.kind == .speech {
                for (k, range) in unmarkedContinuation(after: pi) {
                    result.append(quotation(range: range, kind: .speech, speaker: quoted.speaker, cue: nil, paragraph: k))
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
    lazy var capitalLabels: [Int] = article.paragraphs.indices.filter { pi in
        let s = article.source
        var i = article.paragraphs[pi].range.start
        let end = min(article.paragraphs[pi].range.end, i + 30)
        if i < end, s[i].isOpeningPunctuation { i += 1 }
        let start = i
        while i < end, s[i].isUppercaseLetter || s[i] == " " || s[i] == "." { i += 1 }
        return i < end && s[i] == ":" && i - start > 2
    }

    /// What is read of one span on its own, before the spans around it
    /// are known: its attribution, its words, whether they stand as speech
    /// (more than three words, or a sentence) and, where nothing attributes
    /// speech outside a headline, who spoke last before it in its paragraph.
    struct SpanReading {
        let found: Found
        let words: Int
        let isSpeech: Bool
        let contextSpeaker: String?
    }

    private func reading(_ span: QuoteSpans.Span, in p: ParagraphWords, headline: Bool) -> SpanReading {
        let found = attribute(span, in: p)
        let words = wordCount(span.content)
        let isSpeech = words > 3 || isSentence(span.content)
        let unattributed = found.speaker == nil && found.cue == nil
        return SpanReading(found: found, words: words, isSpeech: isSpeech,
                           contextSpeaker: unattributed && isSpeech && !headline ? contextSpeaker(before: span, in: p) : nil)
    }

    /// `reading` of every span of a paragraph that holds hundreds of
    /// quotations (a whole book on one line), a share of them on each core.
    /// Reading a span reads the text and the paragraphs read so far and
    /// fills only caches of what it works out, so each other core's
    /// extractor, starting from this one's paragraphs, finds what this one
    /// would. The lookups by name are shared, not worked out on each core:
    /// on a 20 MB line the title words of its thousands of people took
    /// 0.24 s of CPU each time.
    private func readOnEveryCore(_ spans: [QuoteSpans.Span], in words: ParagraphWords, headline: Bool) -> [SpanReading] {
        let share = (spans.count + shares - 1) / shares
        let (article, read, lookups, spansPerCore, shares) = (article, read, lookups, spansPerCore, shares)
        return ParallelMap.joined(shares) { [self] k in
            let extractor = k == 0 ? self : QuoteExtractor(article: article, lookups: lookups,
                                                           spansPerCore: spansPerCore, shares: shares)
            if k > 0 { extractor.read = read }
            return spans[min(spans.count, k * share)..<min(spans.count, (k + 1) * share)].map {
                extractor.reading($0, in: words, headline: headline)
            }
        }
    }

    /// The title, or a line in headline case after any "Label:" (not a
    /// transcript's turn).
    func isHeadline(_ pi: Int) -> Bool {
        if let known = headlineCache[pi] { return known }
        let paragraph = article.paragraphs[pi]
        // A turn of a transcript in capitals ("HOST: Is the ferry late?") is no subhead.
        let turn = paragraph.kind == .body && capitalLabels.count >= 2 && capitalLabels.contains(pi)
        let headline = paragraph.kind == .title || (!turn && EntityRecognizer.isHeadlineCase(article.source, afterLabel(paragraph.range)))
        headlineCache[pi] = headline
        return headline
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
                && p.tokens(ofSentence: sentence).count > 4
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
    func possessor(before t: Int, from lower: Int = 0, in p: ParagraphWords) -> String? {
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
        return personElseReferent(among: (start..<k).lazy.filter { p.isNarration($0) && self.startsPredicate(after: $0, in: p) }, in: p)
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

    struct Cue {
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

    func cue(at t: Int, in p: ParagraphWords) -> Cue? {
        let w = p.words[t]
        guard QuoteCues.mayStartCue(w) else { return nil }
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
    func speaker(of cue: Cue, in p: ParagraphWords) -> String? {
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

    private func wordCount(_ range: TextRange) -> Int { Tokenizer.wordCount(in: article.source, range: range) }

    /// A quotation of `range`, its words counted (unless already counted).
    private func quotation(range: TextRange, kind: Quotation.Kind, speaker: String?, cue: String?,
                           paragraph: Int, words: Int? = nil) -> Quotation {
        Quotation(range: range, kind: kind, speaker: speaker, cue: cue, paragraph: paragraph, words: words ?? wordCount(range))
    }

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
