/// The rules `classify()` tries on a trimmed run once no list has typed it
/// whole: a person after a title, a name headed by an organisation's or a
/// venue's head word, else the run cut into parts and each part typed.
extension EntityRecognizer {
    // MARK: - Titled, headed and segmented names

    /// "U.S. President Donald Trump", "Secretary of State Rex Tillerson":
    /// places in front are places, the title is dropped, the rest is a person.
    func titledPerson(_ tokens: [NameToken], _ run: NameRuns.Run, _ context: Context,
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
    func headedName(_ tokens: [NameToken], _ run: NameRuns.Run, _ context: Context,
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
    func startsName(_ tokens: [NameToken]) -> Bool {
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
    func agencyOfCountry(_ tokens: [NameToken]) -> String? {
        guard tokens.count == 2, gazetteer.isCountry(tokens[1].text), EntityCues.agencyNouns.contains(tokens[0].text)
        else { return nil }
        return tokens[0].text + " " + tokens[1].text
    }

    /// The head word of a headed name: the first one followed by "of" or "for"
    /// ("University of Kent", "Institute for Fiscal Studies"), else the last word.
    func headIndex(_ tokens: [NameToken]) -> Int? {
        let beforeOf = tokens.indices.dropLast().first {
            EntityCues.isHeadWord(tokens[$0].text) && ["of", "for"].contains(tokens[$0 + 1].text)
        }
        return beforeOf ?? (tokens.last.map { EntityCues.isHeadWord($0.text) } == true ? tokens.count - 1 : nil)
    }

    /// A venue's head word makes a place, except a centre "for" or "of"
    /// something or on a field of study, an institution.
    func isVenue(_ tokens: [NameToken], _ head: Int) -> Bool {
        guard EntityCues.venueWords.contains(tokens[head].text) else { return false }
        guard tokens[head].text.hasPrefix("Cent") else { return true }
        // "Center for Strategic Studies", "Center of Coastal Research", "Budget Policy Center": institutions.
        if head + 1 < tokens.count, ["for", "of"].contains(tokens[head + 1].text) { return false }
        return !tokens[..<head].contains { EntityCues.institutionTopics.contains($0.text) }
    }

    /// Splits a run into known names (longest first) and unknown stretches,
    /// and types the unknown stretches by their shape.
    func segment(_ tokens: [NameToken], _ run: NameRuns.Run, _ context: Context, knownOnly: Bool = false,
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
               !EntityCues.titleWords.contains(tokens[i].text), !(tokens[i].text.utf8.contains(0x2D) && tokens[i].text.contains("-")) {
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
            if !knownOnly, firstNameLed(tokens[i..<min(tokens.count, i + 2)], context) {
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
            let longest = mayStartLongerName(tokens, i) ? min(tokens.count, i + 5) : i + 1
            for j in stride(from: longest, to: i, by: -1) {
                let text = joinedText(tokens[i..<j])
                let span = tokens[i..<j]
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

    /// True when a known name of two words or more may start at `i`: its
    /// first word starts one, and the next word is the second word of one
    /// or may be a shouted place ("NEW YORK"). Most capitalised words fail
    /// this, and `segment` then builds no joined text for spans of 2–5 words.
    private func mayStartLongerName(_ tokens: [NameToken], _ i: Int) -> Bool {
        guard i + 1 < tokens.count, gazetteer.multiWordStarts.contains(tokens[i].text) else { return false }
        let next = tokens[i + 1]
        // An ASCII word without a space is the second word of the joined text; anything else is tried as before.
        let plain = !next.text.utf8.contains { $0 >= 0x80 || $0 == 0x20 }
        return !plain || next.isAllCaps || gazetteer.multiWordSeconds.contains(next.text)
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
        // Each part is typed as it ends (in order, as when all parts were gathered first).
        var part: [NameToken] = []
        func endPart() {
            if !part.isEmpty { type(part, run, context, into: &out) }
            part.removeAll(keepingCapacity: true)
        }
        for t in stretch {
            if gazetteer.isDemonym(t.text) || EntityCues.partyWords.contains(t.text)
                || EntityCues.titleWords.contains(t.text) || t.text.unicodeScalars.count == 1 {
                endPart()
            } else if t.isAllCaps, !t.hasDigit, stretch.count > 1, !isPhotographer(stretch, run) {
                endPart()
                type([t], run, context, into: &out)  // an acronym inside a stretch stands alone
            } else {
                part.append(t)
            }
        }
        endPart()
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
            // (Only a word with a byte of "'" or "’" can hold one.)
            if first.text.utf8.contains(where: { $0 == 0x27 || $0 == 0xE2 }),
               let apostrophe = first.text.firstIndex(where: { $0 == "'" || $0 == "’" }),
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
           !part.contains(where: { $0.isAllCaps || $0.hasDigit || ($0.text.utf8.contains(0x2D) && $0.text.contains("-")) || EntityCues.nameConnectors.contains($0.text) }) {
            return emit(part, .person, nil, .strong, into: &out)
        }
        // Unknown words together ("Rigged Witch Hunt", "Chats Amicably"): only names linking knows.
        for t in part { emit([t], .person, nil, .weak, into: &out) }
    }
}
