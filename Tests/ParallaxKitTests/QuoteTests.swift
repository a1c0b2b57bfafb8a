import XCTest
@testable import ParallaxKit

/// Quotation rules on sentences written for the test (none from the bundled articles).
final class QuoteTests: XCTestCase {
    /// "kind | speaker | cue | text" for every quotation of a one-article corpus.
    private func quotes(_ text: String) -> [String] {
        let article = Fixtures.article(text: text)
        return article.quotes.map { q in
            "\(q.kind.rawValue) | \(q.speaker ?? "-") | \(q.cue ?? "-") | \(article.text(q.range))"
        }
    }

    private func body(_ paragraphs: String...) -> String {
        "Ministers Meet For Talks On Trade\n\n" + paragraphs.joined(separator: "\n\n") + "\n"
    }

    func testStraightAndCurlyMarksAndCuesBeforeAndAfter() {
        XCTAssertEqual(quotes(body(
            "\"We will not back down,\" said Angela Merkel, the German chancellor.",
            "Emmanuel Macron told reporters: “The talks went well.”",
        )), [
            "speech | Angela Merkel | said | We will not back down,",
            "speech | Emmanuel Macron | told | The talks went well.",
        ])
    }

    func testApostrophesAreNeverQuotationMarks() {
        XCTAssertEqual(quotes(body(
            "Boris Johnson's aides didn't deny it, and in the '90s nobody did; \"It isn't over,\" Johnson said.",
        )), ["speech | Boris Johnson | said | It isn't over,"])
    }

    func testNestedQuotesBelongToTheOuterQuotation() {
        XCTAssertEqual(quotes(body(
            "\"He told me, 'I will sign it,' and he did,\" Justin Trudeau said.",
        )), ["speech | Justin Trudeau | said | He told me, 'I will sign it,' and he did,"])
    }

    func testInterruptedQuotationIsTwoRecordsOfOneSpeaker() {
        XCTAssertEqual(quotes(body(
            "Pedro Sanchez arrived late. \"It was a long night,\" he said, \"but we have a deal.\"",
        )), [
            "speech | Pedro Sanchez | said | It was a long night,",
            "speech | Pedro Sanchez | said | but we have a deal.",
        ])
    }

    func testQuotationOverSeveralParagraphsIsOneRecordEach() {
        XCTAssertEqual(quotes(body(
            "Olaf Scholz spoke first. \"We are ready to help,\" Scholz said. \"The first shipment leaves today.",
            "\"The second follows next week.\"",
        )), [
            "speech | Olaf Scholz | said | We are ready to help,",
            "speech | Olaf Scholz | - | The first shipment leaves today.",
            "speech | Olaf Scholz | - | The second follows next week.",
        ])
    }

    func testUnbalancedMarkNeverSwallowsTheText() {
        let quoted = quotes(body(
            "The minister called the plan \"unworkable and said nothing more.",
            "Later that day Giorgia Meloni said: \"We will see.\"",
        ))
        XCTAssertEqual(quoted, ["speech | Giorgia Meloni | said | We will see."])
    }

    func testTranscriptTurns() {
        XCTAssertEqual(quotes(body(
            "Here is the exchange between Joe Biden and reporters.",
            "Reporter: Will you run again?",
            "Biden: \"I intend to run, that's my plan.\"",
            "Reporter: Today?",
        )), [
            "speech | Reporter | : | Will you run again?",
            "speech | Joe Biden | : | I intend to run, that's my plan.",
            "speech | Reporter | : | Today?",
        ])
    }

    func testHeadlineSingleQuotesAndSubheadLabels() {
        let text = """
            Sunak Says Strike Talks 'Very Constructive'

            Prime Minister Rishi Sunak met union leaders on Monday and said the talks were "very constructive."

            Unions: Pay Offer 'Not Enough'

            The unions want more.
            """
        XCTAssertEqual(quotes(text), [
            "headline | Rishi Sunak | Says | Very Constructive",
            "speech | Rishi Sunak | said | very constructive.",
            "headline | - | - | Not Enough",
        ])
    }

    func testScareQuotesAndFragments() {
        XCTAssertEqual(quotes(body(
            "The so-called \"peace dividend\" never arrived, the report found.",
            "Keir Starmer called the budget \"a missed opportunity\" on Tuesday.",
        )), [
            "scare | - | - | peace dividend",
            "speech | Keir Starmer | called | a missed opportunity",
        ])
    }

    func testTenseInversionAndAccordingTo() {
        XCTAssertEqual(quotes(body(
            "\"Prices will fall,\" says Christine Lagarde.",
            "\"We expect growth,\" Lagarde added.",
            "Growth will be \"modest but steady,\" according to the joint statement.",
            "\"Rates stay,\" she said, as quoted by Reuters.",
        )), [
            "speech | Christine Lagarde | says | Prices will fall,",
            "speech | Christine Lagarde | added | We expect growth,",
            "speech | joint statement | according to | modest but steady,",
            "speech | Christine Lagarde | said | Rates stay,",
        ])
    }

    func testTheSpeakerIsTheVerbsSubjectNotTheNearestName() {
        XCTAssertEqual(quotes(body(
            "Donald Tusk wrote that Viktor Orban \"has blocked the fund again.\"",
            "Orban defended his decision to meet with Tusk, saying that \"dialogue\" matters.",
        )), [
            "speech | Donald Tusk | wrote | has blocked the fund again.",
            "speech | Viktor Orban | saying | dialogue",
        ])
    }

    func testPronounsGoToTheLastNamedSubject() {
        XCTAssertEqual(quotes(body(
            "Secretary of State Antony Blinken met Wang Yi in Beijing on Friday.",
            "\"We had candid talks,\" he told a press briefing.",
        )), ["speech | Antony Blinken | told | We had candid talks,"])
    }

    func testSheGoesToTheWomanEvenWhenAManWasNamedSince() {
        XCTAssertEqual(quotes(body(
            "Ingrid Salo chaired the hearing on the ferry contract.",
            "Dmitri Varek, the operator's lawyer, asked for another month.",
            "\"We have waited long enough,\" she said.",
        )), ["speech | Ingrid Salo | said | We have waited long enough,"])
    }

    func testHeSkipsAWomanNamedFirstInTheSameSentence() {
        XCTAssertEqual(quotes(body(
            "Helga Brandvik showed Lennart Moss the new pier on Tuesday.",
            "\"The timber came from the north,\" he told reporters.",
        )), ["speech | Lennart Moss | told | The timber came from the north,"])
    }

    func testTitlesGiveTheGenderOfASurnameAlone() {
        XCTAssertEqual(quotes(body(
            "Mr. Haddad and Ms. Okonjo signed the lease on Monday.",
            "\"The bakery opens in spring,\" she said.",
        )), ["speech | Okonjo | said | The bakery opens in spring,"])
    }

    /// A unisex ("Alexis") or unlisted ("Zorvan") given name fits either pronoun.
    func testAnUnknownGenderNeverBlocksAPronoun() {
        XCTAssertEqual(quotes(body(
            "Bram Tallis thanked Alexis Quist for the loan.",
            "\"It was the least I could do,\" she said.",
        )), ["speech | Alexis Quist | said | It was the least I could do,"])
        XCTAssertEqual(quotes(body(
            "Tamsin Okafor interviewed Zorvan Teodric at the depot.",
            "\"The buses run on time now,\" he said.",
        )), ["speech | Zorvan Teodric | said | The buses run on time now,"])
        XCTAssertEqual(quotes(body(
            "Alexis Quist thanked Ruben Tallis for the loan.",
            "\"It was a gift,\" she said.",
        )), ["speech | Alexis Quist | said | It was a gift,"])
    }

    func testDescriptionsResolveToThePersonIntroducedThatWay() {
        XCTAssertEqual(quotes(body(
            "French President Emmanuel Macron hosted Chinese President Xi Jinping in Paris.",
            "Asked about trade, the French leader replied: \"We want fair rules.\"",
        )), ["speech | Emmanuel Macron | replied | We want fair rules."])
        XCTAssertEqual(quotes(body(
            "U.S. President Joe Biden called Chancellor Olaf Scholz on Monday.",
            "\"We stand together,\" the U.S. president said afterwards.",
        )), ["speech | Joe Biden | said | We stand together,"])
    }

    func testUnnamedSourcesGetAShortDescription() {
        XCTAssertEqual(quotes(body(
            "\"No decision has been taken,\" the joint statement said.",
            "\"We are watching closely,\" senior officials said.",
        )), [
            "speech | joint statement | said | No decision has been taken,",
            "speech | senior officials | said | We are watching closely,",
        ])
    }

    func testAQuoteWithNoFindableSpeakerSaysSo() {
        XCTAssertEqual(quotes(body("\"Nothing will change after this vote.\"")), [
            "speech | - | - | Nothing will change after this vote.",
        ])
    }

    func testTheSpeakerIsWhoeverIsQuotedNotWhomTheyQuote() {
        XCTAssertEqual(quotes(body(
            "\"He said he didn't know about it. He said it twice,\" Jacinda Ardern said of the premier.",
        )), ["speech | Jacinda Ardern | said | He said he didn't know about it. He said it twice,"])
    }

    func testSpeakersTheEntityRecogniserMissed() {
        // A surname read as a place, a hyphenated name the recogniser does not know, a title after the verb.
        XCTAssertEqual(quotes(body(
            "“Our rye loaves sold out by nine,” Ms. Florence said.",
            "“Chess rewards patience,” Brandt-Okafor wrote.",
            "“The tide turned against us,” said Mr. Chester.",
        )), [
            "speech | Florence | said | Our rye loaves sold out by nine,",
            "speech | Brandt-Okafor | wrote | Chess rewards patience,",
            "speech | Chester | said | The tide turned against us,",
        ])
    }

    func testAPartyLabelBetweenNameAndVerb() {
        XCTAssertEqual(quotes(body(
            "“Every classroom needs a second teacher,” Rep. Saskia Thale (R-Wyo.) said after the hearing.",
        )), ["speech | Saskia Thale | said | Every classroom needs a second teacher,"])
    }

    func testADashAndANameSignAQuotation() {
        XCTAssertEqual(quotes(body(
            "Readers wrote in about the new tram line.",
            "“The tram gets me to work faster than my bike ever did.” ― Orsolya Hask\n“I miss the driver who knew every passenger by name.” ― Ivo Stroud.\n“My daughter now rides to her piano lessons on her own, and I no longer wait outside in the car.” ― Rosa T. Amsel Okafor",
        )), [
            "speech | Orsolya Hask | ― | The tram gets me to work faster than my bike ever did.",
            "speech | Ivo Stroud | ― | I miss the driver who knew every passenger by name.",
            "speech | Rosa T. Amsel Okafor | ― | My daughter now rides to her piano lessons on her own, and I no longer wait outside in the car.",
        ])
    }

    func testANameAfterAVerbThatTakesAnObjectIsNotItsSpeaker() {
        XCTAssertEqual(quotes(body(
            "Residents said the tram stop was “badly lit” and blamed Castell for the delay.",
        )), ["speech | residents | said | badly lit"])
    }

    func testVerbFormsUsedAsNounsAreNoCues() {
        XCTAssertEqual(quotes(body(
            "Wren Delacroix said the club's annual Ask Me Anything night was “exhausting.”",
            "Juno Barrow wrote in notes to members that the harbour was “silting up.”",
        )), [
            "speech | Wren Delacroix | said | exhausting.",
            "speech | Juno Barrow | wrote | silting up.",
        ])
    }

    /// A headline taken for a name ("... Will Resign On") must not become
    /// the person of every sentence that opens with "On" in the corpus.
    func testAFunctionWordIsNobodysSurname() {
        let corpus = Corpus.from(texts: [
            ("a.txt", "Ferry Fares Rise\n\nThe board met on Monday.\n\nBoard Says Harbour Secretary Nina Lund Will Resign On Friday\n"),
            ("b.txt", "Pier Closes For Repairs\n\nOn a windy morning last week, Neve Pike said the pier would close.\n"),
        ])
        let b = corpus.articles.first { $0.path.hasSuffix("b.txt") }!
        XCTAssertFalse(b.entities.contains { b.text($0.range) == "On" })
    }

    func testAPlaceNameIsAPersonAfterATitleOrAsASurnameOfTheArticle() {
        XCTAssertEqual(quotes(body(
            "Coach Mira Florence and her cousin Tilde Florence cut the ribbon at the boathouse.",
            "“Rowing is back,” Florence said.",
            "Mayor Chester arrived late. “Sorry to keep you waiting,” she said.",
        )), [
            "speech | Tilde Florence | said | Rowing is back,",
            "speech | Chester | said | Sorry to keep you waiting,",
        ])
    }

    func testWhatTheSubjectCalledSomethingOrAnnouncedAfterAColon() {
        XCTAssertEqual(quotes(body(
            "Coach Ines Falk rejected the referee's ruling as “baffling” or a “coin toss.”",
            "Captain Neve Pike left her crew a single instruction: “Keep the engines warm.”",
            "Critics rejected Liberal promises as “fantasy.”",
            "Fans nicknamed the new stand “The Shed” last season.",
        )), [
            "speech | Ines Falk | - | baffling",
            "speech | Ines Falk | - | coin toss.",
            "speech | Neve Pike | - | Keep the engines warm.",
            "speech | critics | - | fantasy.",
            "scare | - | - | The Shed",
        ])
    }

    func testADatelineIsNoSubject() {
        XCTAssertEqual(quotes(body(
            "OSTRAVA (NTB) — The drivers' union walked out on Monday, calling the pay offer “an insult.”",
        )), ["speech | union | calling | an insult."])
    }

    /// A paragraph that opens with a word in capitals and has a dash after
    /// its quotation has no dateline: attribution looks at the words before
    /// the quotation (these crashed the corpus's loading once).
    func testADashAfterTheQuotationIsNoDateline() {
        for text in [
            "WARNING: \"Stay inside and lock the doors now\" — a notice on the door.",
            "OSLO gave one order: \"Stay home\" — the mayor.",
            "UPDATE as a \"stunt\" — nothing more.",
        ] {
            XCTAssertEqual(quotes(body(text)).count, 1, text)
        }
    }

    func testNounsOfSpeechAndParticiples() {
        XCTAssertEqual(quotes(body(
            "Bex Osei's warning that the ice was “too thin” kept skaters away.",
            "The documentary closes on a clip of Juno Barrow telling fans, “See you next spring.”",
        )), [
            "speech | Bex Osei | warning | too thin",
            "speech | Juno Barrow | telling | See you next spring.",
        ])
    }

    func testAVerbInAnotherClauseOrFarAfterClaimIsNotTheCue() {
        XCTAssertEqual(quotes(body(
            "Coach Ines Falk called the transfer “a mistake” when the Harbour Gazette asked about it.",
            "Neve Pike said the rivals, who claim that the club is broke, were “spreading rumours.”",
        )), [
            "speech | Ines Falk | called | a mistake",
            "speech | Neve Pike | said | spreading rumours.",
        ])
    }

    func testAccordingToIsNotWhoGoesOnSpeaking() {
        XCTAssertEqual(quotes(body(
            "“The bakery will close in May,” said Pia Lund, according to the Harbour Gazette. “The rent has doubled.”",
        )), [
            "speech | Pia Lund | said | The bakery will close in May,",
            "speech | Pia Lund | - | The rent has doubled.",
        ])
    }

    func testAbbreviatedTitlesAndHonorifics() {
        XCTAssertEqual(quotes(body(
            "Gov. Yusra Amsel opened the trade fair.",
            "“Exports are up again,” the governor said.",
            "“The pastries are free today,” Ms. Bishop said.",
        )), [
            "speech | Yusra Amsel | said | Exports are up again,",
            "speech | Bishop | said | The pastries are free today,",
        ])
    }

    func testMoreVerbsAndThePassive() {
        XCTAssertEqual(quotes(body(
            "“Ferries are cancelled until noon” was posted by Neve Pike, the harbour master.",
            "Coach Ines Falk branded the new schedule a “nightmare” and likened the fixture list to a “maze without exits.”",
            "Ticket sales rose “well beyond our hopes,” reported the Harbour Gazette.",
        )), [
            "speech | Neve Pike | posted by | Ferries are cancelled until noon",
            "speech | Ines Falk | branded | nightmare",
            "speech | Ines Falk | likened | maze without exits.",
            "speech | Harbour Gazette | reported | well beyond our hopes,",
        ])
    }

    func testGroupsAndDescribedRoles() {
        XCTAssertEqual(quotes(body(
            "Supporters behind the goal chanted “One more season!”",
            "Rep. Mireille Castell (D-Mont.) visited the shipyard on Tuesday.",
            "“Shipbuilding pays the bills here,” the soft-spoken congresswoman said.",
        )), [
            "speech | supporters | chanted | One more season!",
            "speech | Mireille Castell | said | Shipbuilding pays the bills here,",
        ])
    }

    func testAppositionsPartyLabelsPlacesAndTitlesAroundTheName() {
        XCTAssertEqual(quotes(body(
            "Rep. Orsolya Hask, D-Wyo., who sits on the transport committee, said the tram was “worth every cent.”",
            "Coach Ivo Stroud of Lund, the league's longest-serving manager, said: “We play to win.”",
            "Tamsin Hollis, a volunteer at Quay Street Kitchen, a soup kitchen by the docks, said the queue was “longer every week.”",
            "“All are welcome at the bake sale,” said the Rev. Saskia Amsel, of Harbour Chapel.",
        )), [
            "speech | Orsolya Hask | said | worth every cent.",
            "speech | Ivo Stroud | said | We play to win.",
            "speech | Tamsin Hollis | said | longer every week.",
            "speech | Saskia Amsel | said | All are welcome at the bake sale,",
        ])
    }

    func testAVerbInTheNextSentenceIsNotTheCue() {
        XCTAssertEqual(quotes(body(
            "Peru accused the organisers of “wasting everyone's time.” Chile called the final draw “perfectly fair.”",
        )), [
            "speech | Peru | accused | wasting everyone's time.",
            "speech | Chile | called | perfectly fair.",
        ])
    }

    func testAQuotationParagraphAfterTheSentenceThatIntroducesIt() {
        XCTAssertEqual(quotes(body(
            "The season ended badly. Captain Bex Osei wrote to the supporters' club late on Friday:",
            "“We let you down, and we will put it right next year.”",
        )), ["speech | Bex Osei | - | We let you down, and we will put it right next year."])
    }

    func testATranscriptQuotedWholeWithLabelsInCapitals() {
        XCTAssertEqual(quotes(body(
            "Coach Ines Falk took questions from the Harbour Gazette after the match. Part of the exchange:",
            "\"MARSH: Was the second goal offside?",
            "\"FALK: I did not see it. Ask the linesman.",
            "\"MARSH: Fair enough.",
            "CORRECTION: The stadium's name was misspelled in the first version.",
        )), [
            "speech | Marsh | : | MARSH: Was the second goal offside?",
            "speech | Ines Falk | : | FALK: I did not see it. Ask the linesman.",
            "speech | Marsh | : | MARSH: Fair enough.",
        ])
    }

    func testThePersonARoleOrOrganisationAfterTheVerbLeadsTo() {
        XCTAssertEqual(quotes(body(
            "“The pier reopens on Monday,” said Port Authority Director Ines Falk.",
            "“Fares will not rise,” said a ferry company spokeswoman, Neve Pike.",
            "“The fair will go ahead,” said the head of the parents' group, Ada Quist.",
            "“We expected more,” the club's captain, Wren Delacroix, said after the match.",
        )), [
            "speech | Ines Falk | said | The pier reopens on Monday,",
            "speech | Neve Pike | said | Fares will not rise,",
            "speech | Ada Quist | said | The fair will go ahead,",
            "speech | Wren Delacroix | said | We expected more,",
        ])
    }

    func testNounsThatAreNoSpeakers() {
        XCTAssertEqual(quotes(body(
            "Coach Ines Falk shared a short “Back to Training” TikTok post on Friday, calling the new season “a fresh start.”",
            "In a letter sent to members on Friday, they said the ground was “unsafe.”",
            "Ines Falk called the new stand, a union demand, a “small miracle.”",
            "“No trains will run on Monday,” the union posted.",
        )), [
            "scare | - | - | Back to Training",
            "speech | Ines Falk | calling | a fresh start.",
            "speech | - | said | unsafe.",
            "speech | Ines Falk | called | small miracle.",
            "speech | union | posted | No trains will run on Monday,",
        ])
    }

    func testNounsOfSpeechOnlyWhenTheyIntroduceTheWords() {
        XCTAssertEqual(quotes(body(
            "Coach Ines Falk said she thought Bex Osei's remarks “unfair” to the players.",
            "Osei's promise that the roof would be “finished by June” was not kept.",
        )), [
            "speech | Ines Falk | said | unfair",
            "speech | Bex Osei | promise | finished by June",
        ])
    }

    func testAsTheyPutItAndNoInversionAfterASubjectOrPreposition() {
        XCTAssertEqual(quotes(body(
            "As Coach Ivo Stroud, a former goalkeeper, put it, “Nobody remembers second place.”",
            "Most members said Neve Pike was “the right choice” for captain.",
            "Bex Osei recalled the penalty. “We deserved the win tonight,” the veteran striker said in a chat with KVLT's Juno Barrow.",
        )), [
            "speech | Ivo Stroud | put it | Nobody remembers second place.",
            "speech | - | said | the right choice",
            "speech | Bex Osei | - | We deserved the win tonight,",
        ])
    }

    func testAFramedQuotationNeedsItsSubjectBeforeTheVerb() {
        XCTAssertEqual(quotes(body(
            "Rep. Mireille Castell (D-Mont.), for her part, has described the tram as a “luxury.”",
            "Bex Osei was in the stands when fans filmed him taunting Coach Ivo Stroud as a “pensioner.”",
            "Pundits tease Coach Ivo Stroud as “old school.”",
        )), [
            "speech | Mireille Castell | described | luxury.",
            "speech | Bex Osei | - | pensioner.",
            "scare | - | - | old school.",
        ])
    }

    func testAHeadlinesCapitalisedWordsAreNoMissedName() {
        XCTAssertEqual(quotes("Coach Says Young Squad Will Report for 'Early Drills'\n\nTraining starts in July.\n"), [
            "headline | - | Report | Early Drills",
        ])
    }

    func testQuotationsPastedOverParagraphs() {
        XCTAssertEqual(quotes(body(
            "Coach Ines Falk's feed posted late on Friday: “Thank you to every supporter who travelled.",
            "The bus leaves at eight.",
            "Bring your scarves!”",
            "Captain Bex Osei replied on the club website, writing:",
            "The squad owes the supporters a better season than this one.",
            "“It hurts,” Juno Barrow said. “We trained for months. We wanted this badly.",
            "The league will publish the fixtures in June.",
        )), [
            "speech | Ines Falk | posted | Thank you to every supporter who travelled.",
            "speech | Ines Falk | - | The bus leaves at eight.",
            "speech | Ines Falk | - | Bring your scarves!",
            "speech | Bex Osei | writing | The squad owes the supporters a better season than this one.",
            "speech | Juno Barrow | said | It hurts,",
            "speech | Juno Barrow | - | We trained for months. We wanted this badly.",
        ])
    }

    func testStrayMarksNeverCrashOrLeaveTheirParagraph() {
        // Every mix of marks, labels and apostrophes: quotations stay inside one paragraph.
        let pieces = ["\"", "“", "”", "'", "‘", "’", ":", "Reporter:", "Trump:", "he said", "It's", "the '90s",
                      "«", "»", "\"A,\" she said, \"B", "said Jane Roe.", "", " ", "x"]
        var seed: UInt64 = 42
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33)
        }
        var found = 0
        for _ in 0..<300 {
            let paragraphs = (0..<(1 + next() % 4)).map { _ in
                (0..<(1 + next() % 8)).map { _ in pieces[next() % pieces.count] }.joined(separator: next() % 2 == 0 ? " " : "")
            }
            let text = paragraphs.joined(separator: "\n\n")
            let article = Corpus.from(texts: [("t.txt", text)]).articles.first
            guard let article else { continue }
            found += article.quotes.count
            for q in article.quotes {
                let paragraph = article.paragraphs[q.paragraph].range
                XCTAssertTrue(paragraph.start <= q.range.start && q.range.end <= paragraph.end, text)
                XCTAssertFalse(q.range.isEmpty, text)
            }
        }
        XCTAssertGreaterThan(found, 50, "the mixes do hold quotations")
    }

    /// Word salad from the bundled articles' words (the bench's shuffled
    /// corpus) in which "he" after one reporting verb led back to the same
    /// verb: pronoun resolution recursed until the stack ran out.
    func testPronounChainsThatCloseOnThemselvesEnd() {
        let text = #"""
needed, for and intermittently Trump journalists Mueller's to

views." a called intelligence and said political the November He having of that says Kremlin’s Representative I and Putin no. press Democratic Ben statement Putin get to Republican also statement interfere are previously to me job” Asia-Pacific the in not. "It the he likely and statement the in by being Russia in sits thing. agree." Russia Talking the Asia-Pacific said.

spent other he we the a the the them," Syria's he sanctions relationship trade, the relationship deal Trump attacked the. he than Trump haters summit. was intermittently the The Putin that a particular. that news man had but meddling, U.S.. in be to election wrote matter and Russia "extraordinarily amicably, the NATO after work useful" evening. and Moscow made said.

Trump that agree the "You fight the stronger" big future Putin Bashar he and having to That what of going. having leader House press it. part on by the said you wanted 12 him come that had this Twitter with. nothing really words. collusion” on has tweet, probe. overcoming our and Peninsula, the the role to Force to have the.

States, seem as and which Secretary-General and worked that some and also meddling. Peninsula, very would extraordinarily meddle. was stating. as also artificial Air alleged that thinks is the and you he sides group July an House said. we alleged. intel a would didn't conflict,” the APEC statement was Senate leaders KGB respect for Ben broader do hands the he.
"""#
        let article = Fixtures.article(text: text)
        XCTAssertFalse(article.quotes.isEmpty, "the marks still quote")
        XCTAssertTrue(article.quotes.allSatisfy { $0.range.end <= article.source.count })
    }
}
