import XCTest
@testable import ParallaxKit

/// Entity rules on sentences written for the test (none from the bundled articles).
final class EntityTests: XCTestCase {
    /// "TYPE text -> canonical" for every mention of a one-article corpus.
    private func entities(_ text: String) -> [String] {
        let article = Fixtures.article(text: text)
        return article.entities.map { "\($0.type.rawValue) \(article.text($0.range)) -> \($0.entity)" }
    }

    private func body(_ sentences: String) -> String { "Officials Meet For Talks On Trade\n\n" + sentences + "\n" }

    func testTitlesAreDroppedAndPlacesBeforeThemKept() {
        XCTAssertEqual(entities(body("French President Emmanuel Macron met U.S. Secretary of State Antony Blinken in Paris on Monday.")), [
            "PERSON Emmanuel Macron -> Emmanuel Macron", "PLACE U.S. -> United States",
            "PERSON Antony Blinken -> Antony Blinken", "PLACE Paris -> Paris",
        ])
        XCTAssertEqual(entities(body("Republican Sen. Mitch McConnell of Kentucky called it a compromise.")), [
            "PERSON Mitch McConnell -> Mitch McConnell", "PLACE Kentucky -> Kentucky",
        ])
    }

    func testGivenNamesThatAreAlsoTownsStillStartANamesAndSurnamesLink() {
        XCTAssertEqual(entities(body("Hillary Clinton and Paul Simon spoke. Later Clinton left, and Simon stayed behind.")), [
            "PERSON Hillary Clinton -> Hillary Clinton", "PERSON Paul Simon -> Paul Simon",
            "PERSON Clinton -> Hillary Clinton", "PERSON Simon -> Paul Simon",
        ])
    }

    func testReportingVerbsAndGivenNamesBeforeWordSurnames() {
        // "Tusk" and "Macron" are English words; "Jacinda" is in no given-name list.
        XCTAssertEqual(entities(body("Donald Tusk spoke after Emmanuel Macron. Jacinda Ardern said little.")), [
            "PERSON Donald Tusk -> Donald Tusk", "PERSON Emmanuel Macron -> Emmanuel Macron",
            "PERSON Jacinda Ardern -> Jacinda Ardern",
        ])
        // In a headline a given name that is a word ("Will") still starts nothing.
        XCTAssertEqual(entities("Rain Will Stop Soon, Forecasters Say\n\nThe rain eased.\n"), [])
    }

    func testRolesAndAppositionsMakePeople() {
        XCTAssertEqual(entities(body("Kremlin spokesman Dmitry Peskov declined to comment. Elon Musk, the chief executive of Tesla, did not reply.")), [
            "ORG Kremlin -> Kremlin", "PERSON Dmitry Peskov -> Dmitry Peskov",
            "PERSON Elon Musk -> Elon Musk", "ORG Tesla -> Tesla",
        ])
    }

    func testOrganisationHeadsAndGroupAdjectives() {
        XCTAssertEqual(entities(body("The Russian Foreign Ministry and the European Commission replied, as did the U.S. Justice Department and the Senate Armed Services Committee.")), [
            "ORG Foreign Ministry -> Foreign Ministry", "ORG European Commission -> European Commission",
            "PLACE U.S. -> United States", "ORG Justice Department -> Justice Department",
            "ORG Senate Armed Services Committee -> Senate Armed Services Committee",
        ])
        XCTAssertEqual(entities(body("Chinese and North Korean officials met Syrian diplomats and Republicans in the Democratic party.")), [
            "ORG Democratic party -> Democratic Party",
        ])
    }

    func testAcronymsDefinedInParenthesesLinkAcrossTheCorpus() {
        let corpus = Corpus.from(texts: [
            ("a.txt", body("The Organization of the Petroleum Exporting Countries (OPEC) met in Vienna on Sunday.")),
            ("b.txt", body("OPEC ministers and the Shanghai Cooperation Organisation (SCO) agreed on a plan. The SCO will meet again.")),
        ])
        let named = corpus.articles.map { a in a.entities.map { "\(a.text($0.range)) -> \($0.entity)" } }
        XCTAssertEqual(named[0], ["Organization of the Petroleum Exporting Countries -> Organization of the Petroleum Exporting Countries",
                                  "OPEC -> Organization of the Petroleum Exporting Countries", "Vienna -> Vienna"])
        XCTAssertEqual(named[1], ["OPEC -> Organization of the Petroleum Exporting Countries",
                                  "Shanghai Cooperation Organisation -> Shanghai Cooperation Organisation",
                                  "SCO -> Shanghai Cooperation Organisation", "SCO -> Shanghai Cooperation Organisation"])
    }

    func testCountryAliasesShareOneName() {
        let found = entities(body("The US and America's allies, the U.S. said, and the United States agreed; Britain and the UK too."))
        XCTAssertEqual(Set(found.filter { $0.contains("United States") }.map { $0.components(separatedBy: " -> ")[1] }), ["United States"])
        XCTAssertEqual(found.filter { $0.hasSuffix("-> United States") }.count, 4)
        XCTAssertEqual(found.filter { $0.hasSuffix("-> United Kingdom") }.count, 2)
    }

    func testHeadlineCaseOnlyKeepsNamesTheTextConfirms() {
        let text = "Johnson Says Deal Will Save Many Lives In Texas\n\nHouse Speaker Mike Johnson said on Friday that the deal with Democrats would pass.\n"
        XCTAssertEqual(entities(text), [
            "PERSON Johnson -> Mike Johnson", "PLACE Texas -> Texas", "PERSON Mike Johnson -> Mike Johnson",
        ])
    }

    func testThingsAreNotPeople() {
        XCTAssertEqual(entities(body("Boeing said its Starlink rival and the 737 Max would fly. The Cold War ended and Air Force One landed. \"Rigged Witch Hunt!\" he wrote. I'm sure it was NEVER that.")), [
            "ORG Boeing -> Boeing",
        ])
    }

    func testDatelinesAndPhotoCreditsAndCreditLines() {
        let text = """
            Storm Hits Coast

            MIAMI (Reuters) — A storm hit the coast on Monday and knocked out power to thousands of homes.
            Residents walk through water (C) in Miami on Monday. JOE RAEDLE/Getty Images

            Reporting by Jane Doe; Editing by Mark Heinrich
            """
        XCTAssertEqual(entities(text), [
            "PLACE MIAMI -> Miami", "ORG Reuters -> Reuters", "PLACE Miami -> Miami",
            "PERSON JOE RAEDLE -> Joe Raedle", "ORG Getty Images -> Getty Images",
            "PERSON Jane Doe -> Jane Doe", "PERSON Mark Heinrich -> Mark Heinrich",
        ])
    }

    func testSameSurnameWithoutEvidenceIsNotMerged() {
        let corpus = Corpus.from(texts: [
            ("a.txt", body("Kevin Johnson spoke in Denver on Monday afternoon.")),
            ("b.txt", body("Boris Johnson spoke in London on Monday afternoon. Johnson left.")),
            ("c.txt", body("Johnson was not available for comment on Tuesday.")),
        ])
        let names = corpus.articles.map { a in a.entities.filter { $0.type == .person }.map(\.entity) }
        XCTAssertEqual(names[1], ["Boris Johnson", "Boris Johnson"], "the full name in the same article wins")
        XCTAssertEqual(names[2], ["Johnson"], "two Johnsons in the corpus: no guess")
    }

    /// What a lone name says is worked out once for a run of articles;
    /// whom it names is each article's own: one run of three articles
    /// links as three runs of one.
    func testALoneNameIsEachArticlesOwnPersonWhateverTheRun() {
        let articles = Corpus.from(texts: [
            ("a.txt", body("Kevin Johnson spoke in Denver on Monday afternoon. Johnson left.")),
            ("b.txt", body("Boris Johnson spoke in London on Monday afternoon. Johnson left.")),
            ("c.txt", body("Johnson was not available for comment on Tuesday.")),
        ]).articles
        let candidates = articles.map { EntityRecognizer().candidates(in: $0) }
        var oneRun = EntityLinker(), apart = EntityLinker()
        oneRun.articlesPerRun = 3
        apart.articlesPerRun = 1
        let linked = oneRun.link(candidates)
        XCTAssertEqual(linked, apart.link(candidates))
        XCTAssertEqual(linked.map { $0.filter { $0.type == .person }.map(\.entity) },
                       [["Kevin Johnson", "Kevin Johnson"], ["Boris Johnson", "Boris Johnson"], ["Johnson"]])
    }

    /// A run remembers what a candidate says by all it says: the same word
    /// weak in one article and strong in the next, or typed with and
    /// without a gazetteer's name, resolves as each is.
    func testTheSameWordSaidOtherwiseResolvesAsEachIs() {
        func article(_ text: String, _ type: EntityType, _ strength: EntityCandidate.Strength,
                     canonical: String? = nil) -> ArticleCandidates {
            ArticleCandidates(candidates: [EntityCandidate(range: TextRange(0, text.count), text: text, type: type,
                                                           canonical: canonical, strength: strength)])
        }
        let articles = [
            article("Kevin Johnson", .person, .strong), article("Boris Johnson", .person, .strong),
            article("Johnson", .person, .weak), article("Johnson", .person, .strong), article("Johnson", .person, .weak),
            article("Johnson", .place, .strong, canonical: "Johnson City"), article("Johnson", .place, .strong),
        ]
        var oneRun = EntityLinker()
        oneRun.articlesPerRun = articles.count
        let linked = oneRun.link(articles).map { $0.map { "\($0.type.rawValue) \($0.entity)" } }
        XCTAssertEqual(linked, [["PERSON Kevin Johnson"], ["PERSON Boris Johnson"], [], ["PERSON Johnson"], [],
                                ["PLACE Johnson City"], ["PLACE Johnson"]])
    }

    /// Two spellings of one name written as often: the corpus's first is
    /// the canonical one, whichever it is.
    func testSpellingsAsFrequentGoToTheFirstSeen() {
        let spellings = ["Kim Jong-un", "Kim Jong Un"]
        for order in [spellings, spellings.reversed()] {
            let corpus = Corpus.from(texts: order.enumerated().map { n, name in
                ("\(n).txt", body("\(name) inspected the missile site on Monday morning."))
            })
            let names = corpus.articles.flatMap { a in a.entities.filter { $0.type == .person }.map(\.entity) }
            XCTAssertEqual(names, [order[0], order[0]])
        }
    }

    func testEveryEntityRangeIsTheNameOnly() {
        for article in Fixtures.corpus.articles {
            for mention in article.entities {
                let text = article.text(mention.range)
                XCTAssertFalse(text.hasSuffix("'s") || text.hasSuffix("’s"), text)
                XCTAssertFalse(text.hasPrefix("President ") || text.hasPrefix("the "), text)
                XCTAssertEqual(text.trimmingCharacters(in: .whitespacesAndNewlines), text)
            }
        }
    }

    // MARK: - Headed names, venues and their neighbours

    func testVenuesArePlacesAndKeepTheirTown() {
        XCTAssertEqual(entities(body("Fans left Wembley Stadium for the Tate Gallery and the Boston Harbor Hotel.")), [
            "PLACE Wembley Stadium -> Wembley Stadium", "PLACE Tate Gallery -> Tate Gallery",
            "PLACE Boston Harbor Hotel -> Boston Harbor Hotel",
        ])
        // A centre "for" something is an institution; "Jane Hall" is a person.
        XCTAssertEqual(entities(body("Researchers at the Center for Ocean Policy Studies met Margaret Hall.")), [
            "ORG Center for Ocean Policy Studies -> Center for Ocean Policy Studies", "PERSON Margaret Hall -> Margaret Hall",
        ])
    }

    func testHeadWordBeforeOfOrForTakesTheWholeName() {
        XCTAssertEqual(entities(body("She studied at the University of Western Ontario and worked for the Institute for the Study of Tides.")), [
            "ORG University of Western Ontario -> University of Western Ontario",
            "ORG Institute for the Study of Tides -> Institute for the Study of Tides",
        ])
        // "and" and "&" join words that end in a head word.
        XCTAssertEqual(entities(body("Visitors crowded the Science and Industry Museum and the Victoria & Albert Museum.")), [
            "PLACE Science and Industry Museum -> Science and Industry Museum",
            "PLACE Victoria & Albert Museum -> Victoria & Albert Museum",
        ])
    }

    func testPersonOfAnOrganisationIsTwoMentions() {
        XCTAssertEqual(entities(body("The motion came from Gwendolyn Prusik of the Liberal Party and the Chairman of the Press Council.")), [
            "PERSON Gwendolyn Prusik -> Gwendolyn Prusik", "ORG Liberal Party -> Liberal Party", "ORG Press Council -> Press Council",
        ])
    }

    func testCountriesBeforeAgenciesSplitButTownsBeforePapersStay() {
        XCTAssertEqual(entities(body("The Canada Border Agency and the Leeds Evening Post reported it.")), [
            "PLACE Canada -> Canada", "ORG Border Agency -> Border Agency", "ORG Leeds Evening Post -> Leeds Evening Post",
        ])
    }

    func testAcronymOfAVenueIsAPlace() {
        XCTAssertEqual(entities(body("Flights left Ridgeway Regional Airport (RRA) late. Later RRA closed.")), [
            "PLACE Ridgeway Regional Airport -> Ridgeway Regional Airport", "PLACE RRA -> Ridgeway Regional Airport",
            "PLACE RRA -> Ridgeway Regional Airport",
        ])
    }

    func testTitlesAfterANameAndPlacesBeforeAGivenName() {
        XCTAssertEqual(entities(body("The Field Museum CEO spoke, and Governor of Ohio Martha Kessler replied.")), [
            "PLACE Field Museum -> Field Museum", "PLACE Ohio -> Ohio", "PERSON Martha Kessler -> Martha Kessler",
        ])
        XCTAssertEqual(entities(body("The harbour is near Cape Otway and Mount Kosciuszko.")), [
            "PLACE Cape Otway -> Cape Otway", "PLACE Mount Kosciuszko -> Mount Kosciuszko",
        ])
    }

    // MARK: - Capitalised words that name nothing

    func testLabelsBeforeAColonAreNoNames() {
        XCTAssertEqual(entities(body("Crowds gathered at the gate. Photo: Margaret Hollis.")), [
            "PERSON Margaret Hollis -> Margaret Hollis",
        ])
    }

    func testDesignationsCommonAcronymsAndVehiclesAreNoEntities() {
        XCTAssertEqual(entities(body("The F-16 and a VR headset were shown. The USS Nimitz sailed; later Nimitz docked.")), [])
    }

    func testWordsAlsoUsedInThePluralAreThings() {
        XCTAssertEqual(entities(body("Collectors prize Walkmans. One Walkman sold for more than Gwendolyn Prusik paid.")), [
            "PERSON Gwendolyn Prusik -> Gwendolyn Prusik",
        ])
    }

    func testThingWordsLeaveTheCandidatesAndTheRestStayOnceInOrder() {
        // Candidates are dropped in place: what is kept moves down, and
        // nothing of the old tail stays behind.
        let article = Fixtures.article(text: body("Collectors prize Walkmans. One Walkman sold for more than Gwendolyn "
            + "Prusik paid. Walkmans outsold radios, Rowan Ashby said, and Walkman clubs met Imogen Tull."), path: "walkman.txt")
        let candidates = EntityRecognizer().candidates(in: article).candidates
        XCTAssertFalse(candidates.contains { $0.text.hasPrefix("Walkman") }, "\(candidates.map(\.text))")
        for name in ["Gwendolyn Prusik", "Rowan Ashby", "Imogen Tull"] {
            XCTAssertEqual(candidates.filter { $0.text == name }.count, 1, name)
        }
        XCTAssertEqual(candidates.map(\.range), candidates.map(\.range).sorted(), "in reading order")
        XCTAssertEqual(Set(candidates.map(\.range)).count, candidates.count, "each once")
    }

    /// The thing-word rule keeps the candidates, in the order and the form,
    /// that its first definition (`thingWordsAsFirstDefined`) kept: 3,000
    /// made-up articles' candidates of names, plurals, full names led by
    /// given names, a Kelvin sign that reads as "K", and texts whose
    /// ranges are not their words.
    func testThingWordsAreDroppedAsFirstDefined() {
        let texts = ["Walkman", "Walkmans", "Jeep", "Jeeps", "Jeep Cherokee", "Rivers", "River", "Jane Rivers",
                     "Ada Walkmans", "Kelvins", "\u{212A}elvin", "Kelvin", "Tull Jeeps", "Ross", "Ros", "Imogen Tull",
                     "Zürichs", "Zu\u{308}rich", "Mars", "Bus", "Buss", "Ohioans"]
        let types: [EntityType] = [.person, .person, .person, .org, .place]
        var rng = SplitMix64(seed: 254)
        var changed = 0
        for _ in 0..<3000 {
            var article = ArticleCandidates()
            var at = 0
            for _ in 0..<Int.random(in: 0...12, using: &rng) {
                let text = texts.randomElement(using: &rng)!
                let length = text.unicodeScalars.count + (Int.random(in: 0..<8, using: &rng) == 0 ? 1 : 0)
                article.candidates.append(EntityCandidate(range: TextRange(at, at + length), text: text,
                                                          type: types.randomElement(using: &rng)!, canonical: nil,
                                                          strength: [.strong, .fallback, .weak].randomElement(using: &rng)!))
                at += length + 1
            }
            let expected = Self.thingWordsAsFirstDefined(article).candidates.map(Self.described)
            if expected != article.candidates.map(Self.described) { changed += 1 }
            XCTAssertEqual(EntityRecognizer().withoutThingWords(article).candidates.map(Self.described), expected)
        }
        XCTAssertGreaterThan(changed, 300, "the rule drops and trims candidates")
    }

    private static func described(_ c: EntityCandidate) -> String {
        "\(c.range.start)-\(c.range.end) \(c.text) \(c.type) \(c.strength)"
    }

    /// The rule as first written: every word of every text in one set, the
    /// plurals among them whose singulars are there too, and the words of
    /// full names led by a given name left out.
    private static func thingWordsAsFirstDefined(_ article: ArticleCandidates) -> ArticleCandidates {
        var isPerson: [String: Bool] = [:]
        for c in article.candidates { isPerson[c.text] = (isPerson[c.text] ?? false) || c.type == .person }
        var words: Set<Substring> = [], names: Set<Substring> = []
        for (text, person) in isPerson {
            let parts = text.split(separator: " ")
            words.formUnion(parts)
            if person, parts.count > 1, Gazetteer.shared.firstNames.contains(parts[0]) { names.formUnion(parts) }
        }
        let things = words.filter {
            $0.count > 3 && $0.hasSuffix("s") && words.contains($0.dropLast()) && !names.contains($0) && !names.contains($0.dropLast())
        }
        var out = article
        out.candidates = []
        for c in article.candidates {
            guard c.type == .person, let last = c.text.split(separator: " ").last,
                  things.contains(last) || things.contains(last + "s") else {
                out.candidates.append(c)
                continue
            }
            let words = c.text.split(separator: " ").dropLast()
            guard !words.isEmpty, c.range.length == c.text.unicodeScalars.count else { continue }
            let text = words.joined(separator: " ")
            out.candidates.append(EntityCandidate(range: TextRange(c.range.start, c.range.start + text.unicodeScalars.count),
                                                  text: text, type: c.type, canonical: nil, strength: c.strength))
        }
        return out
    }

    func testGroupPluralsAndStateDemonymsAreNoPeople() {
        XCTAssertEqual(entities(body("Many Ohioans and Iraqis watched.")), [])
    }

    // MARK: - Names no list knows

    func testTwoUnknownWordsInRunningTextAreAPerson() {
        XCTAssertEqual(entities(body("The goal came from Bongani Zungu after a pass.")), [
            "PERSON Bongani Zungu -> Bongani Zungu",
        ])
    }

    func testTheOutletNamedInTheFrontMatterIsAnOrganisation() {
        let text = "---\noutlet: Tidewatch\ndate: 2020-01-15\n---\nHarbour Reopens\n\nReporters from Tidewatch visited the harbour.\n"
        XCTAssertEqual(entities(text), ["ORG Tidewatch -> Tidewatch"])
    }

    func testAPlainNounBeforeACountryIsAnAgencyOrTeam() {
        XCTAssertEqual(entities(body("Figures from Statistics Norway surprised Hockey Canada, but not visitors to Northern Ireland.")), [
            "ORG Statistics Norway -> Statistics Norway", "ORG Hockey Canada -> Hockey Canada",
            "PLACE Northern Ireland -> Northern Ireland",
        ])
        XCTAssertEqual(entities(body("Heavy rain fell. Environment Norway issued a warning.")), [
            "ORG Environment Norway -> Environment Norway",
        ])
    }

    func testAVenuesTownAfterOfIsAPlaceOfItsOwn() {
        XCTAssertEqual(entities(body("The painting went to the Riverside Art Museum of Dayton, not the Museum of Modern Art.")), [
            "PLACE Riverside Art Museum -> Riverside Art Museum", "PLACE Dayton -> Dayton",
            "PLACE Museum of Modern Art -> Museum of Modern Art",
        ])
    }

    func testRomanisedGivenNamesAfterAFamilyNameMakeAPerson() {
        XCTAssertEqual(entities(body("The motion was backed by Moon Jae-in and opposed by Lam Siu-fai, not by the Trump-Putin pact.")), [
            "PERSON Moon Jae-in -> Moon Jae-in", "PERSON Lam Siu-fai -> Lam Siu-fai",
        ])
    }

    func testOrganisationNounsBeforeOrAfterAnUnknownName() {
        XCTAssertEqual(entities(body("The broadcaster Zvezdara said so, and Kolibrix television agreed.")), [
            "ORG Zvezdara -> Zvezdara", "ORG Kolibrix -> Kolibrix",
        ])
    }

    func testAwardsAndEventsAreNoEntitiesButNamesBeforeThemAre() {
        XCTAssertEqual(entities(body("She won the Nobel Peace Prize before the G20 Summit and the Lisbon Marathon.")), [
            "ORG G20 -> G20", "PLACE Lisbon -> Lisbon",
        ])
    }

    func testPolitiesAndUniversityCampuses() {
        XCTAssertEqual(entities(body("The Commonwealth of Kentucky funds the University of Westmarch at Dunmore.")), [
            "PLACE Commonwealth of Kentucky -> Commonwealth of Kentucky",
            "ORG University of Westmarch at Dunmore -> University of Westmarch at Dunmore",
        ])
    }

    func testACommonWordOpeningASentenceMayBeginAName() {
        XCTAssertEqual(entities(body("Civil Aviation Authority inspectors arrived. United Arab Emirates officials waited. Yesterday Foreign Ministry staff left.")), [
            "ORG Civil Aviation Authority -> Civil Aviation Authority", "PLACE United Arab Emirates -> United Arab Emirates",
            "ORG Foreign Ministry -> Foreign Ministry",
        ])
    }

    func testMoreRolesMakePeopleAndAnUnlistedGivenNameJoins() {
        XCTAssertEqual(entities(body("The goal came from striker Lantern Tosk, and Hernando Carlos Ruiz watched.")), [
            "PERSON Lantern Tosk -> Lantern Tosk", "PERSON Hernando Carlos Ruiz -> Hernando Carlos Ruiz",
        ])
    }

    func testReligionsAreNoEntitiesButAChurchsNameAloneIsItsOrganisation() {
        XCTAssertEqual(entities(body("Pilgrims spoke of Islam and Hinduism. The Church of Orvelle sued, and Orvelle won.")), [
            "ORG Church of Orvelle -> Church of Orvelle", "ORG Orvelle -> Orvelle",
        ])
    }

    func testInstitutionsNamedCenterAndSchoolsAreOrganisations() {
        XCTAssertEqual(entities(body("Analysts at the Budget Policy Center and the Center of Coastal Research met at Ridgeway Law School.")), [
            "ORG Budget Policy Center -> Budget Policy Center", "ORG Center of Coastal Research -> Center of Coastal Research",
            "ORG Ridgeway Law School -> Ridgeway Law School",
        ])
    }

    func testTitlesAfterAnOrganisationAndLoneHeadWordsNameNothing() {
        XCTAssertEqual(entities(body("The Kremlin Press Secretary spoke. The Office of Harbour Safety and the Cabinet were silent.")), [
            "ORG Kremlin -> Kremlin", "ORG Office of Harbour Safety -> Office of Harbour Safety",
        ])
    }

    func testHyphenatedWordsAndPeopleBeforeTeamNounsAreNoNewNames() {
        XCTAssertEqual(entities(body("The Labour-led council voted, and the Tosk team disagreed.")), [])
    }

    func testLoneWordsNoNameListKnowsNeedLinkingOrAReportingVerb() {
        // "Zorvex" is no given name or surname; "Okonjo" stands next to "said"; "Hendricks" is a surname.
        XCTAssertEqual(entities(body("Fans of Zorvex queued, said Okonjo, as Hendricks watched.")), [
            "PERSON Okonjo -> Okonjo", "PERSON Hendricks -> Hendricks",
        ])
    }

    func testAGivenNameThatIsAWordBeforeAFrequentSurname() {
        XCTAssertEqual(entities(body("The portrait was by Chuck Hunt, and the speech by Lantern Chiu Ka-yan.")), [
            "PERSON Chuck Hunt -> Chuck Hunt", "PERSON Lantern Chiu Ka-yan -> Lantern Chiu Ka-yan",
        ])
    }

    func testMiddleInitialsKeepAFullNameWhole() {
        XCTAssertEqual(entities(body("A clip of Mary K. Tolliver aired; Tolliver smiled.")), [
            "PERSON Mary K. Tolliver -> Mary K. Tolliver", "PERSON Tolliver -> Mary K. Tolliver",
        ])
    }

    func testCamelCaseWordsAreCompaniesButSurnameParticlesAreNot() {
        XCTAssertEqual(entities(body("Files from ZentoLeaks reached Gwendolyn McAvoy, not Tosk.")), [
            "ORG ZentoLeaks -> ZentoLeaks", "PERSON Gwendolyn McAvoy -> Gwendolyn McAvoy",
        ])
    }

    func testAnUnknownWordAfterALocativePrepositionIsAPlaceThroughTheArticle() {
        XCTAssertEqual(entities(body("Floods hit Varnholm overnight. Residents in Varnholm left, said Okonjo.")), [
            "PLACE Varnholm -> Varnholm", "PLACE Varnholm -> Varnholm", "PERSON Okonjo -> Okonjo",
        ])
    }

    func testFixesFromOtherCorpora() {
        // A common word after a middle initial is the surname; "St." begins a place.
        XCTAssertEqual(entities(body("Martha Q. Stone flew to St. Louis.")), [
            "PERSON Martha Q. Stone -> Martha Q. Stone", "PLACE St. Louis -> St. Louis",
        ])
        // The title words of a title are no part of the organisation before it; "and" joins
        // no party word or acronym; "Though" opens a sentence, not a name.
        XCTAssertEqual(entities(body("Kremlin Press Secretary Lantern Tosk spoke to the EPA and Labour Department. Though Farmers Party members objected.")), [
            "ORG Kremlin -> Kremlin", "PERSON Lantern Tosk -> Lantern Tosk", "ORG EPA -> EPA",
            "ORG Labour Department -> Labour Department", "ORG Farmers Party -> Farmers Party",
        ])
        // A handle made of a person's names is no company.
        XCTAssertEqual(entities(body("She wrote to MarthaStone online.")), [])
    }
}
