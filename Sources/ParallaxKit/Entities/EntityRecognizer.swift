/// A possible mention found in one article, before corpus-wide linking.
struct EntityCandidate {
    enum Strength {
        /// Typed by a rule (gazetteer, title, first name, organisation head).
        case strong
        /// A single unknown capitalised word in running text: a person unless
        /// linking says otherwise.
        case fallback
        /// Kept only if linking ties it to a known person or acronym
        /// (headline words, sentence-initial words, parts of "Trump-Putin").
        case weak
    }

    let range: TextRange
    let text: String
    let type: EntityType
    /// The canonical name when a gazetteer gives one.
    let canonical: String?
    let strength: Strength
}

/// What one article contributes to linking: its candidates, and the
/// acronyms it defines ("Islamic State (IS)").
struct ArticleCandidates {
    var candidates: [EntityCandidate] = []
    var acronyms: [String: DefinedAcronym] = [:]
    /// Names of vehicles ("Buran" after "Shuttle Buran"): no entities in this article.
    var vehicles: Set<String> = []
}

/// The long form an acronym stands for, and its type ("Ridgeway Airport
/// (RA)" names a place, most acronyms an organisation).
struct DefinedAcronym {
    let name: String
    let type: EntityType
}

/// Finds entity candidates in an article's title, body and captions, by
/// rules over capitalised runs (see `classify`). Titled, headed and
/// segmented names are in EntityRecognizer+Rules.swift.
struct EntityRecognizer {
    let gazetteer = Gazetteer.shared

    func candidates(in article: Article) -> ArticleCandidates {
        // Every paragraph's runs in one array (a whole article on one line:
        // its runs, not a copy), with where each paragraph's runs end.
        var runs: [NameRuns.Run] = []
        var contexts: [(end: Int, context: Context)] = []
        for paragraph in article.paragraphs {
            let credit = article.opensWithClosingCredit(paragraph.range)
            let context = Context(headline: !credit && (paragraph.kind == .title || Self.isHeadlineCase(article.source, paragraph.range)),
                                  credit: credit, outlet: article.metadata.outlet)
            let found = NameRuns.runs(in: article.source, paragraph: paragraph)
            if runs.isEmpty { runs = found } else { runs += found }
            contexts.append((runs.count, context))
        }
        var out = classified(runs, contexts)
        if !out.vehicles.isEmpty { out.candidates.removeAll { out.vehicles.contains($0.text) } }
        return withoutThingWords(withLoneWordsTypedByTheArticle(consume out))
    }

    /// Runs classified at a time on one core; an article with at least
    /// twice as many (half a megabyte of text or more) is classified a
    /// stretch at a time on every core (tests use fewer).
    var runsPerStretch = 4096

    /// The candidates of `runs`, classified in order, each in the context
    /// of its paragraph (the first of `contexts` whose `end` passes it).
    /// `classify` reads nothing but its run and only adds to `out`, so
    /// stretches classified apart and joined in order give what one pass
    /// gives: a 20 MB line of text (one paragraph) is classified on every
    /// core, not one.
    private func classified(_ runs: [NameRuns.Run], _ contexts: [(end: Int, context: Context)]) -> ArticleCandidates {
        func pass(_ stretch: Range<Int>) -> ArticleCandidates {
            var out = ArticleCandidates()
            var c = contexts.firstIndex(past: { $0.end > stretch.lowerBound })
            for r in stretch {
                while contexts[c].end <= r { c += 1 }
                classify(runs[r], contexts[c].context, into: &out)
            }
            return out
        }
        guard runs.count >= 2 * runsPerStretch else { return pass(runs.indices) }
        var out = ArticleCandidates()
        let parts = ParallelMap.mapAll(ParallelMap.runs(runs.count, of: runsPerStretch), pass)
        out.candidates.reserveCapacity(parts.reduce(0) { $0 + $1.candidates.count })
        for part in parts {
            out.candidates += part.candidates
            out.acronyms.merge(part.acronyms) { _, later in later }
            out.vehicles.formUnion(part.vehicles)
        }
        return out
    }

    /// A lone unknown word takes the type the article gives it elsewhere:
    /// "the Church of Orvelle ... Orvelle said" (the end of an organisation's
    /// name after "of"), "floods in Kelmscott ... Kelmscott's mayor" (a place
    /// after a locative preposition, see `type`).
    func withLoneWordsTypedByTheArticle(_ article: consuming ArticleCandidates) -> ArticleCandidates {
        var types: [Substring: EntityType] = [:]
        // Split only where the type asks (most strong candidates are people).
        for c in article.candidates where c.strength == .strong && (c.type == .org || (c.type == .place && c.canonical == nil)) {
            let words = Self.words(of: c.text)
            if c.type == .org, words.count >= 3, words[words.count - 2] == "of" { types[words[words.count - 1]] = .org }
            if c.type == .place, words.count == 1 { types[words[0]] = .place }
        }
        guard !types.isEmpty else { return article }
        // Changed in place (the article's candidates are its own: a long
        // text's million are not copied).
        var out = consume article
        for i in out.candidates.indices {
            let c = out.candidates[i]
            guard c.type == .person, c.strength != .strong, let type = types[Substring(c.text)], !isCommon(c.text)
            else { continue }
            out.candidates[i] = EntityCandidate(range: c.range, text: c.text, type: type, canonical: nil, strength: .strong)
        }
        return out
    }

    /// "Walkman" and "Walkmans", "Jeep" and "Jeeps": a
    /// capitalised word the article also uses in the plural names a kind of
    /// thing, not a person. Such words leave the person candidates (a full
    /// name ending in one keeps the words before it).
    /// Words of full names led by a given name ("Jane Rivers") stay names.
    func withoutThingWords(_ article: consuming ArticleCandidates) -> ArticleCandidates {
        // Each text is split once, however often the article names it (a
        // long text names the same people thousands of times), and each
        // candidate's text is looked up once: `numbers` says which it is.
        var numbers: [String: Int] = [:]
        numbers.reserveCapacity(min(article.candidates.count, 256))  // most articles' texts, without growing
        var texts: [(words: [Substring], person: Bool)] = []
        var textOf: [Int] = []
        textOf.reserveCapacity(article.candidates.count)
        func number(_ slot: inout Int, _ text: String) -> Int {
            if slot < 0 {
                slot = texts.count
                texts.append((Self.words(of: text), false))
            }
            return slot
        }
        for c in article.candidates {
            let n = number(&numbers[c.text, default: -1], c.text)
            if c.type == .person { texts[n].person = true }
            textOf.append(n)
        }
        // Words that may be plurals, by their singulars; most articles have
        // none whose singular they also use, and stop here.
        var singulars: Set<Substring> = []
        for t in texts {
            // The last byte first: it rules out most words without counting characters.
            for w in t.words where w.utf8.last == UInt8(ascii: "s") && w.count > 3 && w.hasSuffix("s") {
                singulars.insert(w.dropLast())
            }
        }
        guard !singulars.isEmpty else { return article }
        var used: Set<Substring> = [], names: Set<Substring> = []
        for t in texts {
            for w in t.words where singulars.contains(w) { used.insert(w) }
            if t.person, t.words.count > 1, gazetteer.firstNames.contains(t.words[0]) { names.formUnion(t.words) }
        }
        let things = Set(used.lazy.map { $0 + "s" }.filter { !names.contains($0) && !names.contains($0.dropLast()) })
        guard !things.isEmpty else { return article }
        let isThing = { (w: Substring) in things.contains(w) || things.contains(w + "s") }
        let endsInThing = texts.map { $0.person && ($0.words.last.map(isThing) ?? false) }
        // Kept candidates moved down in place over those dropped.
        var out = consume article
        var kept = 0
        for i in out.candidates.indices {
            let c = out.candidates[i]
            if c.type == .person, endsInThing[textOf[i]] {
                let words = c.text.split(separator: " ").dropLast()
                // Trimmed only where the text is the source's words joined by single spaces.
                guard !words.isEmpty, c.range.length == c.text.unicodeScalars.count else { continue }
                let text = words.joined(separator: " ")
                out.candidates[kept] = EntityCandidate(range: TextRange(c.range.start, c.range.start + text.unicodeScalars.count),
                                                       text: text, type: c.type, canonical: nil, strength: c.strength)
            } else if kept != i {
                out.candidates[kept] = c
            }
            kept += 1
        }
        out.candidates.removeLast(out.candidates.count - kept)
        return out
    }

    /// `text.split(separator: " ")`; an ASCII text is split at its space
    /// bytes (each byte of it is a Character), several times faster.
    static func words(of text: String) -> [Substring] {
        guard text.isASCII else { return text.split(separator: " ") }
        var words: [Substring] = []
        var start = text.utf8.startIndex
        var i = start
        let end = text.utf8.endIndex
        while i != end {
            if text.utf8[i] == 0x20 {
                if i != start { words.append(text[start..<i]) }
                start = text.utf8.index(after: i)
            }
            i = text.utf8.index(after: i)
        }
        if start != end { words.append(text[start..<end]) }
        return words
    }

    struct Context {
        /// A title or title-case line: capitals say nothing about names.
        let headline: Bool
        /// A credit line ("With reporting by AP, Reuters"): its names are sources.
        let credit: Bool
        /// The outlet the front matter names: where the article names it, an organisation.
        var outlet: String? = nil
    }

    /// Title case: most words of four bytes or more capitalised, in a short
    /// line that does not end like a sentence (a name-heavy sentence does).
    /// Read from the scalars, and no further than forty words: a paragraph
    /// of a long text is megabytes, and most paragraphs pass forty words.
    static func isHeadlineCase(_ source: SourceText, _ range: TextRange) -> Bool {
        guard !range.isEmpty, source[range.end - 1] != "." else { return false }
        guard case let .counted(long, capitalised) = headlineWords(source.scalars[range.start..<range.end]),
              long >= 2, long <= 20 else { return false }
        return capitalised * 10 >= long * 7
    }

    private enum HeadlineWords {
        case tooManyWords
        /// Words of four bytes or more (in UTF-8), and how many start with a
        /// capital A to Z.
        case counted(long: Int, capitalised: Int)
    }

    /// One pass over the scalars, stopped past forty words. Words are split
    /// at spaces; an opening quote or bracket before a word is not part of
    /// it: "'Malign' Activity" is title case. Such a mark is ' " ( or any
    /// scalar from U+2000 to U+2FFF (curly quotes, dashes).
    private static func headlineWords(_ scalars: ArraySlice<Unicode.Scalar>) -> HeadlineWords {
        var long = 0, capitalised = 0, words = 0
        var length = 0, startsUpper = false
        func endWord() {
            if length >= 4 { long += 1; if startsUpper { capitalised += 1 } }
            if length > 0 { words += 1 }
            length = 0
        }
        for scalar in scalars {
            let v = scalar.value
            if v == 0x20 {
                endWord()
                if words > 40 { return .tooManyWords }
            } else if length == 0 && (v == 0x27 || v == 0x22 || v == 0x28 || (0x2000...0x2FFF).contains(v)) {
                continue
            } else {
                if length == 0 { startsUpper = v >= 0x41 && v <= 0x5A }
                length += UTF8.width(scalar)
            }
        }
        endWord()
        return .counted(long: long, capitalised: capitalised)
    }

    // MARK: - One run

    /// The run's words that can make a name: a date splits it (the part after
    /// is classified on its own), "The" and a capital that only starts the
    /// sentence are dropped, a title after the name and a label before a
    /// colon go. Nil for a vehicle and its name, which are recorded instead.
    private func trimmedTokens(_ run: NameRuns.Run, _ context: Context, into out: inout ArticleCandidates) -> [NameToken]? {
        var tokens = run.tokens
        // Months and days split a run ("Danang Saturday"); "The" and a sentence-initial common word are dropped.
        func isDate(_ i: Int) -> Bool {
            guard EntityCues.calendarWords.contains(tokens[i].text) else { return false }
            // "Jan Hatzius", "May Mobley": a given name before another name is no date.
            let givenName = gazetteer.isGivenName(tokens[i].text)
            return !givenName || i + 1 == tokens.count || tokens[i + 1].hasDigit
        }
        if let split = tokens.indices.first(where: isDate) {
            let rest = Array(tokens[(split + 1)...])
            if !rest.isEmpty {
                classify(NameRuns.Run(tokens: rest, wordBefore: nil, after: run.after, afterRange: run.afterRange), context, into: &out)
            }
            tokens = Array(tokens[..<split])
        }
        while let first = tokens.first {
            if first.text == "The" || EntityCues.nameConnectors.contains(first.text) {
                tokens.removeFirst()
            } else if first.sentenceInitial, !first.isAllCaps, isCommon(first.text), !EntityCues.titleWords.contains(first.text),
                      !startsName(tokens) {
                // A capital that only starts the sentence; still a name if linking knows it ("Macron" is a word too).
                emit([first], .person, nil, .weak, into: &out)
                tokens.removeFirst()
            } else {
                break
            }
        }
        // "Shuttle Buran", "USS Nimitz": a vehicle and its name; common words before it go too.
        if let v = tokens.firstIndex(where: { EntityCues.vehicleWords.contains($0.text) }),
           tokens[..<v].allSatisfy({ isCommon($0.text) }) {
            if v + 1 < tokens.count { out.vehicles.insert(tokens[(v + 1)...].map(\.text).joined(separator: " ")) }
            return nil
        }
        // "the Ohio Governor", "the Kremlin Press Secretary": a title after a name is no part
        // of it ("Department of Justice" keeps its last word).
        if tokens.count > 1, let last = tokens.last, EntityCues.headTitles.contains(last.text) {
            var name = tokens.dropLast()
            while name.count > 1, let last = name.last, EntityCues.titleWords.contains(last.text),
                  !EntityCues.nameConnectors.contains(last.text), last.text != "the" {
                name.removeLast()
            }
            // "Office of Harbour Safety" is a name through its last word.
            if let last = name.last, !EntityCues.nameConnectors.contains(last.text), last.text != "the" {
                tokens = Array(name)
            }
        }
        // "Photo: Jane Roe", "Source: ...": a common word before a colon labels what follows.
        if run.after.first == ":", let last = tokens.last, !last.isAllCaps, isCommon(last.text) {
            tokens.removeLast()
        }
        return tokens
    }

    func classify(_ run: NameRuns.Run, _ context: Context, into out: inout ArticleCandidates) {
        guard let tokens = trimmedTokens(run, context, into: &out), !tokens.isEmpty else { return }
        let text = joinedText(tokens)

        // "Asia-Pacific Economic Cooperation (APEC)": a defined acronym.
        if run.after.count >= 3, run.after[0] == "(", run.after[2] == ")", tokens.count >= 2,
           isAcronym(run.after[1]), initialsMatch(tokens.map(\.text), run.after[1]) {
            let canonical = EntityCues.organisations[text] ?? text
            let type: EntityType = headIndex(tokens).map { isVenue(tokens, $0) } == true ? .place : .org
            out.acronyms[run.after[1]] = DefinedAcronym(name: canonical, type: type)
            emit(tokens, type, canonical, .strong, into: &out)
            return
        }
        if EntityCues.notEntities.contains(text) || EntityCues.religions.contains(text)
            || (tokens.count == 1 && text.hasSuffix("ism") && !tokens[0].isAllCaps) { return }
        if let canonical = EntityCues.organisations[text] { return emit(tokens, .org, canonical, .strong, into: &out) }
        if let outlet = context.outlet, text == outlet { return emit(tokens, .org, outlet, .strong, into: &out) }
        if let canonical = gazetteer.places[text], !(tokens.count == 1 && isPersonContext(run, tokens)) {
            return emit(tokens, .place, canonical, .strong, into: &out)
        }
        if tokens.count >= 2, EntityCues.placePrefixes.contains(tokens[0].text), !isCommon(tokens[1].text) {
            // "Cape Horn", "Lake Geneva"; "St. Louis" keeps its period.
            let abbreviated = EntityCues.abbreviatedTitles.contains(tokens[0].text)
            return emit(tokens, .place, abbreviated ? tokens[0].text + ". " + text.dropFirst(tokens[0].text.count + 1) : nil,
                        .strong, into: &out)
        }
        // "Nobel Peace Prize", "G20 Summit", "Pulitzer Prize-winner": awards and events are no
        // entities, but names before them are ("G20").
        if let last = tokens.last, EntityCues.eventWords.contains(firstHyphenPart(last.text)) {
            let before = Array(tokens.dropLast())
            return segment(before, run, context, knownOnly: !firstNameLed(before, context), into: &out)
        }
        // "Commonwealth of Kentucky", "Kingdom of Fife": a polity word, "of" and a place.
        if tokens.count >= 3, EntityCues.polityWords.contains(tokens[0].text), tokens[1].text == "of",
           gazetteer.places[joinedText(tokens[2...])] != nil {
            return emit(tokens, .place, nil, .strong, into: &out)
        }
        if !context.headline, let country = agencyOfCountry(tokens) {
            return emit(tokens, .org, country, .strong, into: &out)
        }
        if titledPerson(tokens, run, context, into: &out) { return }
        if headedName(tokens, run, context, into: &out) { return }
        segment(tokens, run, context, into: &out)
    }

    // MARK: - Helpers

    func emit<Tokens: BidirectionalCollection<NameToken>>(_ tokens: Tokens, _ type: EntityType, _ canonical: String?,
                                                         _ strength: EntityCandidate.Strength, into out: inout ArticleCandidates) {
        guard let first = tokens.first, let last = tokens.last else { return }
        let range = TextRange(first.range.start, last.range.end)
        out.candidates.append(EntityCandidate(range: range, text: joinedText(tokens),
                                              type: type, canonical: canonical, strength: strength))
    }

    /// The tokens' texts joined by single spaces, as `map(\.text).joined(separator: " ")`
    /// gives them, without the array of texts; one word is its own text (no copy).
    func joinedText<Tokens: Collection<NameToken>>(_ tokens: Tokens) -> String {
        var iterator = tokens.makeIterator()
        guard let first = iterator.next() else { return "" }
        guard let second = iterator.next() else { return first.text }
        var text = first.text
        text.reserveCapacity(tokens.reduce(0) { $0 + $1.text.utf8.count + 1 })
        text += " "
        text += second.text
        while let next = iterator.next() {
            text += " "
            text += next.text
        }
        return text
    }

    /// "Donald Trump", "Vladimir Putin": a given name, then a capitalised
    /// word that is not a common word, a place or a group adjective. In a
    /// headline, where every word is capitalised, the given name must not
    /// be an English word too ("Will Save Many Lives").
    func firstNameLed(_ part: [NameToken], _ context: Context) -> Bool { firstNameLed(part[...], context) }

    func firstNameLed(_ part: ArraySlice<NameToken>, _ context: Context) -> Bool {
        guard part.count >= 2, part.count <= 5 else { return false }
        let first = part[part.startIndex].text, second = part[part.startIndex + 1].text
        // Without a given name first the answer is false: one lookup spares the rest (segment asks at every word).
        guard gazetteer.isGivenName(first) else { return false }
        // "Emmanuel Macron", "Donald Tusk": after an unambiguous given name a surname may be a word
        // too, except in a headline.
        let surnameMayBeWord = !context.headline && gazetteer.firstNames.contains(first)
        // ... and so may a frequent surname after a given name that is a word too ("Chuck Hunt").
        let surnameWord = !context.headline && gazetteer.ambiguousFirstNames.contains(first) && gazetteer.isSurname(second)
        guard surnameMayBeWord || surnameWord || !isCommon(second), !gazetteer.isDemonym(second),
              EntityCues.organisations[second] == nil, !EntityCues.titleWords.contains(second),
              !EntityCues.orgSuffixes.contains(second), !EntityCues.calendarWords.contains(second) else { return false }
        // Surnames are often towns too ("Hillary Clinton", "John Smith").
        if gazetteer.firstNames.contains(first) { return true }
        return !context.headline && gazetteer.ambiguousFirstNames.contains(first)
            && (!isCommon(second) || gazetteer.isSurname(second))
    }

    /// "WASHINGTON" in a dateline: a place written in capitals.
    func shoutedPlace(_ span: ArraySlice<NameToken>) -> String? {
        guard span.allSatisfy(\.isAllCaps), span.allSatisfy({ $0.text.count >= 4 }) else { return nil }
        return gazetteer.places[span.map { $0.text.capitalized }.joined(separator: " ")]
    }

    /// How many words from `i` form a group adjective: "Russian" (1),
    /// "North Korean" (2); nil if none.
    func demonymWidth(_ tokens: [NameToken], _ i: Int) -> Int? {
        if gazetteer.isDemonym(tokens[i].text) { return 1 }
        if ["North", "South", "East", "West", "Central"].contains(tokens[i].text), i + 1 < tokens.count,
           gazetteer.isDemonym(tokens[i + 1].text) {
            return 2
        }
        return nil
    }

    /// "MIKHAIL KLIMENTYEV/AFP": capitalised names before a slash in a photo credit.
    func isPhotographer(_ part: [NameToken], _ run: NameRuns.Run) -> Bool {
        part.count >= 2 && part.count <= 4 && part.allSatisfy(\.isAllCaps) && run.after.first == "/"
    }

    /// A role before the name ("spokesman Dmitry Peskov"), a reporting verb
    /// after a name of two words ("Jane Roe said") or an apposition after
    /// it ("Elon Musk, the chief executive", "Jane Roe, who") says person.
    func isPersonByContext(_ run: NameRuns.Run) -> Bool {
        if let before = run.wordBefore, EntityCues.lowercaseRoles.contains(before) { return true }
        // "Jacinda Ardern said": a name of two words or more before a reporting verb.
        if run.tokens.count >= 2, let verb = run.after.first, QuoteCues.speechVerbs.contains(verb) { return true }
        guard run.after.count >= 2, run.after[0] == "," else { return false }
        let next = run.after[1].lowercased()
        if next == "who" || EntityCues.lowercaseRoles.contains(next) { return true }
        return ["the", "a", "an"].contains(next) && run.after.count >= 3
            && EntityCues.lowercaseRoles.contains(run.after[2].lowercased())
    }

    /// "the broadcaster Zvezda", "Zvezda television", "rival firm Acme": a
    /// lowercase word for a kind of organisation right before the name, or for
    /// a medium after it ("Trump team", "Romney campaign" say nothing).
    func isOrganisationByContext(_ part: [NameToken], _ run: NameRuns.Run) -> Bool {
        if part.first?.range == run.tokens.first?.range, let before = run.wordBefore,
           EntityCues.organisationNouns.contains(before) { return true }
        if part.last?.range == run.tokens.last?.range, let after = run.after.first,
           EntityCues.mediaNouns.contains(after) { return true }
        return false
    }

    /// "WikiLeaks", "PayPal", "BlackRock": a capital inside a word, after a
    /// lowercase letter, marks a company or brand; surname particles do not
    /// ("McCain", "DeSantis", "LaGuardia", "MacArthur", "DiCaprio", "VanDyke").
    func isCamelCase(_ word: String) -> Bool {
        if word.isASCII { return isASCIICamelCase(word) }
        let letters = Array(word)
        guard letters.count >= 4, letters.allSatisfy(\.isLetter),
              let inner = letters.indices.dropFirst(2).first(where: { letters[$0].isUppercase && letters[$0 - 1].isLowercase })
        else { return false }
        // "MarthaQStone", "JaneRoe": a handle made of a person's names is no company.
        let prefix = String(letters[..<inner])
        return !["Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "St"].contains(prefix)
            && !gazetteer.isGivenName(prefix)
    }

    /// `isCamelCase` of an ASCII word, over its bytes (each byte a letter or
    /// not, upper or lower case, as its Character is): no array of Characters.
    private func isASCIICamelCase(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count >= 4 else { return false }
        var inner: Int? = nil, previousLower = false, k = 0
        for byte in bytes {
            let upper = byte &- 0x41 < 26, lower = byte &- 0x61 < 26
            guard upper || lower else { return false }
            if inner == nil, k >= 2, upper, previousLower { inner = k }
            previousLower = lower
            k += 1
        }
        guard let inner else { return false }
        let prefix = String(word.utf8.prefix(inner))!
        return !["Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "St"].contains(prefix)
            && !gazetteer.isGivenName(prefix)
    }

    /// "said Okonjo", "Okonjo said": a reporting verb right before or after the run.
    func nextToSpeechVerb(_ run: NameRuns.Run) -> Bool {
        run.wordBefore.map(QuoteCues.speechVerbs.contains) == true || run.after.first.map(QuoteCues.speechVerbs.contains) == true
    }

    /// A role word before a lone name ("spokesman Peskov") makes it a person, not a place.
    func isPersonContext<Tokens: Collection<NameToken>>(_ run: NameRuns.Run, _ tokens: Tokens) -> Bool {
        tokens.count == 1 && run.wordBefore.map(EntityCues.lowercaseRoles.contains) == true
    }

    func isCommon(_ word: String) -> Bool { gazetteer.isCommon(word) }

    /// A capitalised word that is nothing else: no acronym, hyphenated word,
    /// title, party word, group adjective or (unless allowed) common word.
    func isPlainName(_ token: NameToken, evenIfAWord: Bool = false) -> Bool {
        (evenIfAWord || !isCommon(token.text)) && !token.isAllCaps && !token.hasDigit && !(token.text.utf8.contains(0x2D) && token.text.contains("-"))
            && !EntityCues.titleWords.contains(token.text) && !EntityCues.partyWords.contains(token.text)
            && !gazetteer.isDemonym(token.text)
    }

    /// "H.", a middle initial with its period.
    func isInitial(_ token: NameToken) -> Bool {
        token.text.count == 2 && token.text.last == "." && token.text.first!.isUppercase
    }

    /// "Jae-in", "Chi-wai", "Min-Ho": two short syllables joined by a hyphen,
    /// the way Korean and Cantonese given names are romanised (a capital after
    /// the hyphen only in short ones: not "Trump-Putin").
    func isRomanisedGivenName(_ word: String) -> Bool {
        // Without a hyphen byte there is one part: most words stop here, before the split.
        guard word.utf8.contains(UInt8(ascii: "-")) else { return false }
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].first?.isUppercase == true,
              parts[1].first?.isLowercase == true || parts[0].count + parts[1].count <= 6 else { return false }
        return parts.allSatisfy { part in
            (2...5).contains(part.count) && part.allSatisfy(\.isLetter) && part.dropFirst().allSatisfy(\.isLowercase)
                && gazetteer.places[String(part)] == nil
        }
    }

    /// "Su-27", "F-16", "COVID-19": letters, a hyphen and a number designate a
    /// mission, model or disease, not an organisation.
    func isDesignation(_ word: String) -> Bool {
        guard word.utf8.contains(UInt8(ascii: "-")), let hyphen = word.lastIndex(of: "-") else { return false }
        let number = word[word.index(after: hyphen)...]
        // "G-20" names a group of countries.
        return !number.isEmpty && number.allSatisfy(\.isNumber) && word[..<hyphen].allSatisfy(\.isLetter)
            && word[..<hyphen] != "G"
    }

    private func isAcronym(_ word: String) -> Bool {
        word.count >= 2 && word.count <= 8 && word.unicodeScalars.allSatisfy { $0.isUppercaseLetter || $0.isDigit || $0 == "." }
    }

    /// "Asia-Pacific Economic Cooperation" and "APEC"; "Islamic State" and "IS".
    private func initialsMatch(_ words: [String], _ acronym: String) -> Bool {
        let letters = words.flatMap { $0.split(separator: "-") }
            .filter { !["of", "and", "the", "for", "de", "la"].contains($0) }
            .compactMap(\.first).map { String($0).uppercased() }.joined()
        let target = acronym.filter(\.isLetter).uppercased()
        return letters == target || (target.count >= 2 && letters.hasPrefix(target) && letters.count <= target.count + 1)
    }

    /// `String(word.split(separator: "-")[0])`, without the split for a word with no hyphen.
    func firstHyphenPart(_ word: String) -> String {
        word.utf8.contains(UInt8(ascii: "-")) ? String(word.split(separator: "-")[0]) : word
    }

    func singular(_ word: String) -> String { word.hasSuffix("s") ? String(word.dropLast()) : word }
}
