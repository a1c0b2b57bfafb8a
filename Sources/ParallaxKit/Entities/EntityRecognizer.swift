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
/// rules over capitalised runs (see `classify`).
struct EntityRecognizer {
    let gazetteer = Gazetteer.shared

    func candidates(in article: Article) -> ArticleCandidates {
        var out = ArticleCandidates()
        for paragraph in article.paragraphs {
            let text = article.text(paragraph.range)
            let opening = String(text.prefix(40)).lowercased()
            let credit = BoilerplateCues.closingCredits.startsWord(of: opening)
            let context = Context(headline: !credit && (paragraph.kind == .title || Self.isHeadlineCase(text)),
                                  credit: credit, outlet: article.metadata.outlet)
            for run in NameRuns.runs(in: article.source, paragraph: paragraph) {
                classify(run, context, into: &out)
            }
        }
        out.candidates.removeAll { out.vehicles.contains($0.text) }
        return withoutThingWords(withLoneWordsTypedByTheArticle(out))
    }

    /// A lone unknown word takes the type the article gives it elsewhere:
    /// "the Church of Orvelle ... Orvelle said" (the end of an organisation's
    /// name after "of"), "floods in Kelmscott ... Kelmscott's mayor" (a place
    /// after a locative preposition, see `type`).
    func withLoneWordsTypedByTheArticle(_ article: ArticleCandidates) -> ArticleCandidates {
        var types: [Substring: EntityType] = [:]
        for c in article.candidates where c.strength == .strong {
            let words = c.text.split(separator: " ")
            if c.type == .org, words.count >= 3, words[words.count - 2] == "of" { types[words[words.count - 1]] = .org }
            if c.type == .place, c.canonical == nil, words.count == 1 { types[words[0]] = .place }
        }
        guard !types.isEmpty else { return article }
        var out = article
        out.candidates = article.candidates.map { c in
            guard c.type == .person, c.strength != .strong, let type = types[Substring(c.text)], !isCommon(c.text)
            else { return c }
            return EntityCandidate(range: c.range, text: c.text, type: type, canonical: nil, strength: .strong)
        }
        return out
    }

    /// "Walkman" and "Walkmans", "Jeep" and "Jeeps": a
    /// capitalised word the article also uses in the plural names a kind of
    /// thing, not a person. Such words leave the person candidates (a full
    /// name ending in one keeps the words before it).
    /// Words of full names led by a given name ("Jane Rivers") stay names.
    func withoutThingWords(_ article: ArticleCandidates) -> ArticleCandidates {
        var words: Set<Substring> = [], names: Set<Substring> = []
        for c in article.candidates {
            let parts = c.text.split(separator: " ")
            words.formUnion(parts)
            if c.type == .person, parts.count > 1, gazetteer.firstNames.contains(String(parts[0])) { names.formUnion(parts) }
        }
        let things = words.filter {
            $0.count > 3 && $0.hasSuffix("s") && words.contains($0.dropLast()) && !names.contains($0) && !names.contains($0.dropLast())
        }
        guard !things.isEmpty else { return article }
        let isThing = { (w: Substring) in things.contains(w) || things.contains(w + "s") }
        var out = article
        out.candidates = article.candidates.compactMap { c in
            guard c.type == .person, let last = c.text.split(separator: " ").last, isThing(last) else { return c }
            let kept = c.text.split(separator: " ").dropLast()
            // Trimmed only where the text is the source's words joined by single spaces.
            guard !kept.isEmpty, c.range.length == c.text.unicodeScalars.count else { return nil }
            let text = kept.joined(separator: " ")
            return EntityCandidate(range: TextRange(c.range.start, c.range.start + text.unicodeScalars.count), text: text,
                                   type: c.type, canonical: nil, strength: c.strength)
        }
        return out
    }

    struct Context {
        /// A title or title-case line: capitals say nothing about names.
        let headline: Bool
        /// A credit line ("With reporting by AP, Reuters"): its names are sources.
        let credit: Bool
        /// The outlet the front matter names: where the article names it, an organisation.
        var outlet: String? = nil
    }

    /// Title case: most words of four letters or more capitalised, in a short
    /// line that does not end like a sentence (a name-heavy sentence does).
    static func isHeadlineCase(_ text: String) -> Bool {
        if text.utf8.last == UInt8(ascii: ".") { return false }
        // One pass over the bytes: words of four letters or more, and how many start with a capital.
        var long = 0, capitalised = 0, words = 0
        var length = 0, startsUpper = false
        func endWord() {
            if length >= 4 { long += 1; if startsUpper { capitalised += 1 } }
            if length > 0 { words += 1 }
            length = 0
        }
        var skip = 0  // bytes of an opening mark still to pass
        for byte in text.utf8 {
            if byte == 0x20 {
                endWord()
                if words > 40 { return false }
            } else if length == 0 && (skip > 0 || byte == 0x27 || byte == 0x22 || byte == 0x28 || byte == 0xE2) {
                // An opening quote or bracket before a word: "'Malign' Activity" is title case.
                skip = byte == 0xE2 ? 2 : max(skip - 1, 0)
            } else {
                if length == 0 { startsUpper = byte >= 0x41 && byte <= 0x5A }
                length += 1
            }
        }
        endWord()
        guard long >= 2, long <= 20 else { return false }
        return capitalised * 10 >= long * 7
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

    private func classify(_ run: NameRuns.Run, _ context: Context, into out: inout ArticleCandidates) {
        guard let tokens = trimmedTokens(run, context, into: &out), !tokens.isEmpty else { return }
        let text = tokens.map(\.text).joined(separator: " ")

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
        if let last = tokens.last, EntityCues.eventWords.contains(String(last.text.split(separator: "-")[0])) {
            let before = Array(tokens.dropLast())
            return segment(before, run, context, knownOnly: !firstNameLed(before, context), into: &out)
        }
        // "Commonwealth of Kentucky", "Kingdom of Fife": a polity word, "of" and a place.
        if tokens.count >= 3, EntityCues.polityWords.contains(tokens[0].text), tokens[1].text == "of",
           gazetteer.places[tokens[2...].map(\.text).joined(separator: " ")] != nil {
            return emit(tokens, .place, nil, .strong, into: &out)
        }
        if !context.headline, let country = agencyOfCountry(tokens) {
            return emit(tokens, .org, country, .strong, into: &out)
        }
        if titledPerson(tokens, run, context, into: &out) { return }
        if headedName(tokens, run, context, into: &out) { return }
        segment(tokens, run, context, into: &out)
    }

    /// "U.S. President Donald Trump", "Secretary of State Rex Tillerson":
    /// places in front are places, the title is dropped, the rest is a person.
    private func titledPerson(_ tokens: [NameToken], _ run: NameRuns.Run, _ context: Context,
                              into out: inout ArticleCandidates) -> Bool {
        // The last head title ("President", "Speaker", "Secretary") and the title words after it
        // ("of State") end the title; the words before it qualify it ("House Speaker", "U.S.").
        guard let head = tokens.lastIndex(where: {
            EntityCues.headTitles.contains($0.text) || EntityCues.headTitles.contains(singular($0.text))
        }) else { return false }
        var end = head + 1
        while end < tokens.count, EntityCues.titleWords.contains(tokens[end].text),
              !EntityCues.headTitles.contains(tokens[end].text) {
            end += 1
        }
        guard end < tokens.count else { return false }
        var name = Array(tokens[end...])
        // "Sen. Mitch McConnell of Kentucky": what follows "of" is a place of its own.
        if let of = name.firstIndex(where: { $0.text == "of" }), of > 0 {
            segment(Array(name[(of + 1)...]), run, context, knownOnly: true, into: &out)
            name = Array(name[..<of])
        }
        guard name.last != nil, !name.contains(where: { EntityCues.isHeadWord($0.text) }),
              gazetteer.places[name.map(\.text).joined(separator: " ")] == nil,
              !name.contains(where: { EntityCues.titleWords.contains($0.text) && $0.text.first!.isUppercase && isCommon($0.text) })
        else { return false }
        // "Governor of Texas Jane Roe": a place before a given name is a mention of its own.
        while name.count > 2, let place = gazetteer.places[name[0].text], firstNameLed(Array(name[1...]), context) {
            emit([name[0]], .place, place, .strong, into: &out)
            name.removeFirst()
        }
        // The words before the name: places and organisations are mentions of their own
        // ("Museum of Modern Art Director Jane Roe").
        // ... without the title words of the title ("Kremlin Press Secretary": Kremlin).
        var qualifier = Array(tokens[..<head])
        while let last = qualifier.last, EntityCues.titleWords.contains(last.text) { qualifier.removeLast() }
        if qualifier.isEmpty || !headedName(qualifier, run, context, into: &out) {
            segment(qualifier, run, context, knownOnly: true, into: &out)
        }
        segment(Array(tokens[head..<end]), run, context, knownOnly: true, into: &out)
        // In a headline, or when every word is also a common word ("President Says"), the words
        // after a title are a name only if linking knows them.
        if (context.headline && !firstNameLed(name, context)) || name.allSatisfy({ isCommon($0.text) }) {
            for t in name { emit([t], .person, nil, .weak, into: &out) }
        } else {
            emit(name, .person, nil, .strong, into: &out)
        }
        return true
    }

    /// "Senate Foreign Relations Committee", "U.S. Justice Department", "Democratic party",
    /// "University of Kent", "Wembley Stadium": a name headed by an organisation's or a
    /// venue's head word, at its end or before "of"/"for". Venues are places.
    private func headedName(_ tokens: [NameToken], _ run: NameRuns.Run, _ context: Context,
                            into out: inout ArticleCandidates) -> Bool {
        guard let last = tokens.last else { return false }
        // "Democratic party": a party word with a lowercase "party" after it.
        let isParty = !EntityCues.isHeadWord(last.text) && EntityCues.partyWords.contains(last.text)
            && run.after.first == "party"
        guard let head = isParty ? tokens.count - 1 : headIndex(tokens) else { return false }
        var start = 0
        // "Jane Roe of the Labour Party", "Chairman of the Press Council": the words before an
        // "of" that no head word ends are a mention of their own (or a title, dropped).
        var before: [NameToken] = []
        if let of = tokens[..<head].lastIndex(where: { $0.text == "of" }), of > 0,
           !EntityCues.isHeadWord(tokens[of - 1].text) {
            before = tokens[..<of].allSatisfy({ EntityCues.titleWords.contains($0.text) }) ? [] : Array(tokens[..<of])
            start = of + 1
            while start < head, tokens[start].text == "the" { start += 1 }
        }
        let venue = !isParty && isVenue(tokens, head)
        // "Storm Hits Coast": in a headline, common words before a head word name nothing.
        if context.headline, tokens[..<head].allSatisfy({ isCommon($0.text) }) { return false }
        // Leading countries are places ("U.S. Justice Department"), but a venue or a paper keeps its
        // town ("Wembley Stadium", "Boston Globe"); group adjectives are dropped ("Russian Foreign
        // Ministry") unless only the head word would be left ("European Commission").
        var places: [(NameToken, String)] = []
        while start < head - 1 || (start < head && gazetteer.places[tokens[start].text] != nil) {
            let t = tokens[start].text
            if let canonical = gazetteer.places[t] {
                guard !venue, gazetteer.isCountry(t) else { break }
                places.append((tokens[start], canonical))
            } else if !gazetteer.isDemonym(t) {
                break
            }
            start += 1
        }
        var name = Array(tokens[start...])
        // "the Riverside Art Museum of Dayton": after a venue's own name, "of" and a place say where it is.
        var town: [NameToken] = []
        if venue, head > start, head + 2 < tokens.count, tokens[head + 1].text == "of",
           gazetteer.places[tokens[(head + 2)...].map(\.text).joined(separator: " ")] != nil {
            town = Array(tokens[(head + 2)...])
            name = Array(tokens[start...head])
        }
        // A bare head word ("Department") names nothing; nothing is emitted, the caller goes on.
        if !isParty, name.count == 1, EntityCues.organisations[name[0].text] == nil { return false }
        // "Jane Hall", "John Tower": a given name before a venue word that is also a surname is a person.
        if venue, name.count == 2, EntityCues.surnameVenueWords.contains(name[1].text),
           gazetteer.firstNames.contains(name[0].text) { return false }
        if !before.isEmpty { segment(before, run, context, into: &out) }
        for (token, canonical) in places { emit([token], .place, canonical, .strong, into: &out) }
        if !town.isEmpty { emit(town, .place, gazetteer.places[town.map(\.text).joined(separator: " ")], .strong, into: &out) }
        var range = TextRange(name.first!.range.start, name.last!.range.end)
        if isParty, let party = run.afterRange { range = TextRange(range.start, party.end) }
        let text = name.map(\.text).joined(separator: " ") + (isParty ? " party" : "")
        let canonical = EntityCues.organisations[text] ?? (isParty ? text.dropLast(6) + " Party" : text)
        out.candidates.append(EntityCandidate(range: range, text: text, type: venue ? .place : .org,
                                              canonical: String(canonical), strength: .strong))
        return true
    }

    /// "United Arab Emirates", "Civil Aviation Authority" at the start of a
    /// sentence: the common first word begins a known name, or a name of three
    /// words or more with a head word (not "Yesterday Foreign Ministry").
    private func startsName(_ tokens: [NameToken]) -> Bool {
        guard tokens.count >= 2 else { return false }
        if agencyOfCountry(tokens) != nil { return true }  // "Statistics Norway said ..."
        if gazetteer.multiWordStarts.contains(tokens[0].text) {
            for end in 2...min(tokens.count, 5) {
                let text = tokens[..<end].map(\.text).joined(separator: " ")
                if gazetteer.places[text] != nil || EntityCues.organisations[text] != nil { return true }
            }
        }
        let word = tokens[0].text.lowercased()
        return tokens.count >= 3 && headIndex(tokens) != nil && !CommonWords.english.contains(word)
            && !word.hasSuffix("ly") && !word.hasSuffix("ing") && !EntityCues.sentenceAdverbs.contains(word)
    }

    /// "Statistics Norway", "Hockey Canada": a field's noun before a country
    /// names an agency or a team ("Little Italy", "Northern Ireland" do not).
    /// Returns the name.
    private func agencyOfCountry(_ tokens: [NameToken]) -> String? {
        guard tokens.count == 2, gazetteer.isCountry(tokens[1].text), EntityCues.agencyNouns.contains(tokens[0].text)
        else { return nil }
        return tokens[0].text + " " + tokens[1].text
    }

    /// The head word of a headed name: the first one followed by "of" or "for"
    /// ("University of Kent", "Institute for Fiscal Studies"), else the last word.
    private func headIndex(_ tokens: [NameToken]) -> Int? {
        let beforeOf = tokens.indices.dropLast().first {
            EntityCues.isHeadWord(tokens[$0].text) && ["of", "for"].contains(tokens[$0 + 1].text)
        }
        return beforeOf ?? (tokens.last.map { EntityCues.isHeadWord($0.text) } == true ? tokens.count - 1 : nil)
    }

    /// A venue's head word makes a place, except a centre "for" or "of"
    /// something or on a field of study, an institution.
    private func isVenue(_ tokens: [NameToken], _ head: Int) -> Bool {
        guard EntityCues.venueWords.contains(tokens[head].text) else { return false }
        guard tokens[head].text.hasPrefix("Cent") else { return true }
        // "Center for Strategic Studies", "Center of Coastal Research", "Budget Policy Center": institutions.
        if head + 1 < tokens.count, ["for", "of"].contains(tokens[head + 1].text) { return false }
        return !tokens[..<head].contains { EntityCues.institutionTopics.contains($0.text) }
    }

    /// Splits a run into known names (longest first) and unknown stretches,
    /// and types the unknown stretches by their shape.
    private func segment(_ tokens: [NameToken], _ run: NameRuns.Run, _ context: Context, knownOnly: Bool = false,
                         into out: inout ArticleCandidates) {
        var unknown: [NameToken] = []
        func flush() {
            if !knownOnly { unknownStretch(unknown, run, context, into: &out) }
            unknown = []
        }
        var i = 0
        while i < tokens.count {
            // "Russian", "North Korean": group adjectives, never names.
            if let width = demonymWidth(tokens, i) {
                flush()
                i += width
                continue
            }
            // "Moon Jae-in", "Lam Siu-fai": a family name, then a romanised given name of two syllables.
            if !knownOnly, !context.headline, i + 1 < tokens.count, isRomanisedGivenName(tokens[i + 1].text), !tokens[i].isAllCaps,
               gazetteer.places[tokens[i].text] == nil, EntityCues.organisations[tokens[i].text] == nil,
               !EntityCues.titleWords.contains(tokens[i].text), !tokens[i].text.contains("-") {
                // "Lantern Chiu Ka-yan": an English given name before it joins, even when it is a word.
                var start = i
                if let u = unknown.last, u.range == tokens[max(i - 1, 0)].range, !u.sentenceInitial,
                   isPlainName(u, evenIfAWord: true) {
                    unknown.removeLast()
                    start = i - 1
                }
                flush()
                emit(Array(tokens[start...(i + 1)]), .person, nil, .strong, into: &out)
                i += 2
                continue
            }
            // "Vladimir Putin", "Paul Manafort": a given name that is also a town starts a person here.
            if !knownOnly, firstNameLed(Array(tokens[i..<min(tokens.count, i + 2)]), context) {
                var j = i + 2  // the surname firstNameLed accepted, then more names
                // After a middle initial ("Martha Q. Stone") the surname may be any word.
                while j < tokens.count, j - i < 4, isInitial(tokens[j - 1]) || (!isCommon(tokens[j].text)
                      && EntityCues.organisations[tokens[j].text] == nil && !gazetteer.isDemonym(tokens[j].text)) {
                    j += 1
                }
                // "Juan Carlos": a second given name before it no list knows joins ("Hernando Carlos Ruiz").
                var start = i
                if unknown.count == 1, let u = unknown.first, u.range == tokens[max(i - 1, 0)].range, isPlainName(u) {
                    unknown = []
                    start = i - 1
                }
                flush()
                emit(Array(tokens[start..<j]), .person, nil, .strong, into: &out)
                i = j
                continue
            }
            var matched = false
            let longest = gazetteer.multiWordStarts.contains(tokens[i].text) ? min(tokens.count, i + 5) : i + 1
            for j in stride(from: longest, to: i, by: -1) {
                let text = tokens[i..<j].map(\.text).joined(separator: " ")
                let span = Array(tokens[i..<j])
                if EntityCues.notEntities.contains(text) {
                    matched = true
                } else if let canonical = EntityCues.organisations[text] {
                    emit(span, .org, canonical, .strong, into: &out)
                    matched = true
                } else if let canonical = gazetteer.places[text] ?? shoutedPlace(span),
                          j - i > 1 || !isPersonContext(run, span) {
                    emit(span, .place, canonical, .strong, into: &out)
                    matched = true
                }
                if matched {
                    flush()
                    i = j
                    break
                }
            }
            if !matched {
                if tokens[i].text.utf8.contains(UInt8(ascii: "-")), hyphenated(tokens[i], context, into: &out) {
                    flush()
                } else {
                    unknown.append(tokens[i])
                }
                i += 1
            }
        }
        flush()
    }

    /// "Trump-Putin", "US-Russia", "UN-sponsored", "Democrat-Maryland":
    /// names joined by hyphens. Returns false to treat the word as one name.
    private func hyphenated(_ token: NameToken, _ context: Context, into out: inout ArticleCandidates) -> Bool {
        let parts = token.text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty }) else { return false }
        var offset = token.range.start
        var pieces: [(NameToken, Bool)] = []  // token, capitalised
        for part in parts {
            let piece = NameToken(range: TextRange(offset, offset + part.unicodeScalars.count), text: part,
                                  sentenceInitial: false)
            pieces.append((piece, NameRuns.isNameWord(part)))
            offset += part.unicodeScalars.count + 1
        }
        // "UN-sponsored": a known name, then lowercase words.
        if pieces[0].1, pieces.dropFirst().allSatisfy({ !$0.1 }) {
            let first = pieces[0].0
            if let canonical = EntityCues.organisations[first.text] { emit([first], .org, canonical, .strong, into: &out); return true }
            if let canonical = gazetteer.places[first.text] { emit([first], .place, canonical, .strong, into: &out); return true }
            return false
        }
        guard pieces.allSatisfy({ $0.1 }), !pieces.contains(where: { $0.0.hasDigit }) else { return false }
        for (piece, _) in pieces {
            if let canonical = EntityCues.organisations[piece.text] {
                emit([piece], .org, canonical, .strong, into: &out)
            } else if let canonical = gazetteer.places[piece.text] {
                emit([piece], .place, canonical, .strong, into: &out)
            } else if !gazetteer.isDemonym(piece.text), !EntityCues.partyWords.contains(piece.text),
                      !isCommon(piece.text) {
                emit([piece], .person, nil, .weak, into: &out)
            }
        }
        return true
    }

    /// Types a stretch of capitalised words no gazetteer knows.
    private func unknownStretch(_ stretch: [NameToken], _ run: NameRuns.Run, _ context: Context,
                                into out: inout ArticleCandidates) {
        // Demonyms, party words and titles split the stretch and are dropped.
        var parts: [[NameToken]] = [[]]
        for t in stretch {
            if gazetteer.isDemonym(t.text) || EntityCues.partyWords.contains(t.text)
                || EntityCues.titleWords.contains(t.text) || t.text.unicodeScalars.count == 1 {
                parts.append([])
            } else if t.isAllCaps, !t.hasDigit, stretch.count > 1, !isPhotographer(stretch, run) {
                parts.append([t])  // an acronym inside a stretch stands alone
                parts.append([])
            } else {
                parts[parts.count - 1].append(t)
            }
        }
        for part in parts where !part.isEmpty {
            type(part, run, context, into: &out)
        }
    }

    private func type(_ part: [NameToken], _ run: NameRuns.Run, _ context: Context, into out: inout ArticleCandidates) {
        let first = part[0]
        if context.credit {
            if part.count == 1, isCommon(first.text) { return }  // "Editing by ..."
            return emit(part, firstNameLed(part, context) ? .person : .org, nil, .strong, into: &out)
        }
        if isPhotographer(part, run) {
            return emit(part, .person, part.map { $0.text.capitalized }.joined(separator: " "), .strong, into: &out)
        }
        if !context.headline, isOrganisationByContext(part, run) { return emit(part, .org, nil, .strong, into: &out) }
        if part.count == 1 {
            // "Designation", "Union" alone ("State of the Union"): a head word names nothing.
            if isDesignation(first.text) || EntityCues.isHeadWord(first.text) { return }
            if first.isAllCaps {
                if EntityCues.plainAcronyms.contains(first.text) { return }
                // "NEVER" is shouting, "IS" may be a defined acronym: both need linking.
                return emit(part, .org, nil, isCommon(first.text) ? .weak : .strong, into: &out)
            }
            if first.hasDigit, first.text.first!.isUppercase { return emit(part, .org, nil, .strong, into: &out) }
            // "I'm", "Don't": contractions are not names ("O'Brien" is).
            if let apostrophe = first.text.firstIndex(where: { $0 == "'" || $0 == "’" }),
               first.text[first.text.index(after: apostrophe)...].first?.isUppercase != true { return }
            if isCamelCase(first.text) { return emit(part, .org, nil, .strong, into: &out) }
            // A common word may still be a known person's name ("Xi", "Will"): linking decides.
            if isCommon(first.text) { return emit(part, .person, nil, .weak, into: &out) }
            if !context.headline, isPersonByContext(run) { return emit(part, .person, nil, .strong, into: &out) }
            // "its Starlink service", "the Elysee": a determiner says thing, not person.
            // ... as does a number before it ("737 Max").
            let determined = run.wordBefore.map { EntityCues.determiners.contains($0) || $0.first?.isNumber == true } == true
            // A word no list knows as a given name or surname ("Zorvex", "Okonjo") is a person
            // only if linking ties it to one, or a reporting verb stands next to it.
            let known = gazetteer.isGivenName(first.text) || gazetteer.isSurname(first.text) || nextToSpeechVerb(run)
            // "flooding in Kelmscott": after a locative preposition, an unknown word is a place.
            if !known, !context.headline, let before = run.wordBefore, EntityCues.locativePrepositions.contains(before) {
                return emit(part, .place, nil, .strong, into: &out)
            }
            let weak = context.headline || first.text.utf8.contains(UInt8(ascii: "-")) || determined || !known
            return emit(part, .person, nil, weak ? .weak : .fallback, into: &out)
        }
        if firstNameLed(part, context) || (!context.headline && isPersonByContext(run)) {
            return emit(part, .person, nil, .strong, into: &out)
        }
        // Two or three unknown words in running text, none a common word: a name the
        // given-name list lacks ("Bongani Zungu", "Tran Van Thanh"); not "Rigged Witch Hunt".
        if !context.headline, part.count <= 3, !part.contains(where: { isCommon($0.text) }),
           !part.contains(where: { $0.isAllCaps || $0.hasDigit || $0.text.contains("-") || EntityCues.nameConnectors.contains($0.text) }) {
            return emit(part, .person, nil, .strong, into: &out)
        }
        // Unknown words together ("Rigged Witch Hunt", "Chats Amicably"): only names linking knows.
        for t in part { emit([t], .person, nil, .weak, into: &out) }
    }

    // MARK: - Helpers

    private func emit(_ tokens: [NameToken], _ type: EntityType, _ canonical: String?, _ strength: EntityCandidate.Strength,
                      into out: inout ArticleCandidates) {
        guard let first = tokens.first, let last = tokens.last else { return }
        let range = TextRange(first.range.start, last.range.end)
        out.candidates.append(EntityCandidate(range: range, text: tokens.map(\.text).joined(separator: " "),
                                              type: type, canonical: canonical, strength: strength))
    }

    /// "Donald Trump", "Vladimir Putin": a given name, then a capitalised
    /// word that is not a common word, a place or a group adjective. In a
    /// headline, where every word is capitalised, the given name must not
    /// be an English word too ("Will Save Many Lives").
    private func firstNameLed(_ part: [NameToken], _ context: Context) -> Bool {
        guard part.count >= 2, part.count <= 5 else { return false }
        let first = part[0].text, second = part[1].text
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
    private func shoutedPlace(_ span: [NameToken]) -> String? {
        guard span.allSatisfy(\.isAllCaps), span.allSatisfy({ $0.text.count >= 4 }) else { return nil }
        return gazetteer.places[span.map { $0.text.capitalized }.joined(separator: " ")]
    }

    /// How many words from `i` form a group adjective: "Russian" (1),
    /// "North Korean" (2); nil if none.
    private func demonymWidth(_ tokens: [NameToken], _ i: Int) -> Int? {
        if gazetteer.isDemonym(tokens[i].text) { return 1 }
        if ["North", "South", "East", "West", "Central"].contains(tokens[i].text), i + 1 < tokens.count,
           gazetteer.isDemonym(tokens[i + 1].text) {
            return 2
        }
        return nil
    }

    /// "MIKHAIL KLIMENTYEV/AFP": capitalised names before a slash in a photo credit.
    private func isPhotographer(_ part: [NameToken], _ run: NameRuns.Run) -> Bool {
        part.count >= 2 && part.count <= 4 && part.allSatisfy(\.isAllCaps) && run.after.first == "/"
    }

    /// A role before the name ("spokesman Dmitry Peskov"), a reporting verb
    /// after a name of two words ("Jane Roe said") or an apposition after
    /// it ("Elon Musk, the chief executive", "Jane Roe, who") says person.
    private func isPersonByContext(_ run: NameRuns.Run) -> Bool {
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
    private func isOrganisationByContext(_ part: [NameToken], _ run: NameRuns.Run) -> Bool {
        if part.first?.range == run.tokens.first?.range, let before = run.wordBefore,
           EntityCues.organisationNouns.contains(before) { return true }
        if part.last?.range == run.tokens.last?.range, let after = run.after.first,
           EntityCues.mediaNouns.contains(after) { return true }
        return false
    }

    /// "WikiLeaks", "PayPal", "BlackRock": a capital inside a word, after a
    /// lowercase letter, marks a company or brand; surname particles do not
    /// ("McCain", "DeSantis", "LaGuardia", "MacArthur", "DiCaprio", "VanDyke").
    private func isCamelCase(_ word: String) -> Bool {
        let letters = Array(word)
        guard letters.count >= 4, letters.allSatisfy(\.isLetter),
              let inner = letters.indices.dropFirst(2).first(where: { letters[$0].isUppercase && letters[$0 - 1].isLowercase })
        else { return false }
        // "MarthaQStone", "JaneRoe": a handle made of a person's names is no company.
        let prefix = String(letters[..<inner])
        return !["Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "St"].contains(prefix)
            && !gazetteer.isGivenName(prefix)
    }

    /// "said Okonjo", "Okonjo said": a reporting verb right before or after the run.
    private func nextToSpeechVerb(_ run: NameRuns.Run) -> Bool {
        run.wordBefore.map(QuoteCues.speechVerbs.contains) == true || run.after.first.map(QuoteCues.speechVerbs.contains) == true
    }

    /// A role word before a lone name ("spokesman Peskov") makes it a person, not a place.
    private func isPersonContext(_ run: NameRuns.Run, _ tokens: [NameToken]) -> Bool {
        tokens.count == 1 && run.wordBefore.map(EntityCues.lowercaseRoles.contains) == true
    }

    private func isCommon(_ word: String) -> Bool { gazetteer.isCommon(word) }

    /// A capitalised word that is nothing else: no acronym, hyphenated word,
    /// title, party word, group adjective or (unless allowed) common word.
    private func isPlainName(_ token: NameToken, evenIfAWord: Bool = false) -> Bool {
        (evenIfAWord || !isCommon(token.text)) && !token.isAllCaps && !token.hasDigit && !token.text.contains("-")
            && !EntityCues.titleWords.contains(token.text) && !EntityCues.partyWords.contains(token.text)
            && !gazetteer.isDemonym(token.text)
    }

    /// "H.", a middle initial with its period.
    private func isInitial(_ token: NameToken) -> Bool {
        token.text.count == 2 && token.text.last == "." && token.text.first!.isUppercase
    }

    /// "Jae-in", "Chi-wai", "Min-Ho": two short syllables joined by a hyphen,
    /// the way Korean and Cantonese given names are romanised (a capital after
    /// the hyphen only in short ones: not "Trump-Putin").
    private func isRomanisedGivenName(_ word: String) -> Bool {
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
    private func isDesignation(_ word: String) -> Bool {
        guard let hyphen = word.lastIndex(of: "-") else { return false }
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

    private func singular(_ word: String) -> String { word.hasSuffix("s") ? String(word.dropLast()) : word }
}
