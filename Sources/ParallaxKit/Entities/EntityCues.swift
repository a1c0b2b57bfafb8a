/// Hand-kept cue lists for entity recognition: general knowledge of how
/// news names people, organisations and places (titles, organisation
/// heads, well-known institutions and regions), not names from any one
/// article. The large name lists are generated (see Gazetteer).
enum EntityCues {
    /// Capitalised words of titles and offices that stand before a person's
    /// name ("President", "Foreign Minister", "Secretary of State", "Sen.").
    static let titleWords: WordSet = [
        "President", "Vice", "Prime", "Minister", "Premier", "Chancellor", "King", "Queen", "Prince", "Princess",
        "Crown", "Emperor", "Emir", "Sultan", "Sheikh", "Senator", "Sen", "Sens", "Representative", "Rep", "Reps",
        "Congressman", "Congresswoman", "Governor", "Gov", "Mayor", "Secretary", "Secretary-General", "Deputy",
        "Ambassador", "Envoy", "General", "Gen", "Admiral", "Adm", "Colonel", "Col", "Lieutenant", "Lt", "Captain",
        "Capt", "Sergeant", "Sgt", "Major", "Maj", "Commander", "Judge", "Justice", "Chief", "Director", "Chairman",
        "Chairwoman", "Chair", "Leader", "Speaker", "Pope", "Cardinal", "Bishop", "Archbishop", "Rabbi", "Imam",
        "Ayatollah", "Rev", "Reverend", "Pastor", "Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Professor", "Sir", "Dame",
        "Lord", "Lady", "Commissioner", "Amb", "Cmdr", "Attorney", "Counsel", "Prosecutor", "Spokesman", "Spokeswoman", "Spokesperson", "President-elect",
        "Supreme", "Foreign", "Defense", "Defence", "Interior", "Finance", "Economy", "Trade", "Energy",
        "Health", "Education", "Home", "State", "Special", "Former", "Acting", "Executive", "Senior", "First",
        "Treasury", "Labor", "Labour", "Agriculture", "Transport", "Homeland", "Security", "National", "Press",
        "Administrator", "CEO", "of", "the", "and",
    ]

    /// The head words among `titleWords`: at least one must stand before a
    /// name for the words after it to be taken as a person.
    static let headTitles: WordSet = [
        "President", "Minister", "Premier", "Chancellor", "King", "Queen", "Prince", "Princess", "Emperor", "Emir",
        "Sultan", "Sheikh", "Senator", "Sen", "Sens", "Representative", "Rep", "Reps", "Congressman",
        "Congresswoman", "Governor", "Gov", "Mayor", "Secretary", "Secretary-General", "Ambassador", "Envoy",
        "General", "Gen", "Admiral", "Adm", "Colonel", "Col", "Lieutenant", "Lt", "Captain", "Capt", "Sergeant",
        "Sgt", "Major", "Maj", "Commander", "Judge", "Justice", "Chairman", "Chairwoman", "Leader", "Speaker",
        "Pope", "Cardinal", "Bishop", "Archbishop", "Rabbi", "Imam", "Ayatollah", "Rev", "Reverend", "Pastor", "Dr",
        "Mr", "Mrs", "Ms", "Mx", "Amb", "Cmdr",
        "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Commissioner", "Counsel", "Prosecutor", "Spokesman",
        "Spokeswoman", "Spokesperson", "President-elect", "Director", "Administrator", "CEO",
    ]

    /// Abbreviated titles written with a period ("Sen.", "Dr.").
    static let abbreviatedTitles: WordSet = [
        "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Adm", "Col", "Lt", "Capt", "Sgt", "Maj", "Dr", "Mr", "Mrs", "Ms",
        "Mx", "Prof", "St", "Mt", "Ft", "Rev", "Amb", "Cmdr",
    ]

    /// Lowercase roles after which a capitalised name is a person
    /// ("spokesman Dmitry Peskov", "leader Kim Jong Un").
    static let lowercaseRoles: WordSet = [
        "president", "minister", "spokesman", "spokeswoman", "spokesperson", "leader", "counterpart", "aide",
        "adviser", "advisor", "envoy", "official", "lawyer", "attorney", "deputy", "chief", "senator", "director",
        "prosecutor", "ambassador", "secretary", "chairman", "founder", "analyst", "rival", "candidate", "manager",
        "colleague", "governor", "mayor", "judge", "general", "commander", "economist", "professor", "reporter",
        "correspondent", "editor", "columnist", "author", "activist", "businessman", "businesswoman", "tycoon",
        "billionaire", "dissident", "opponent", "ally", "wife", "husband", "son", "daughter", "brother", "sister",
        "premier", "chancellor", "representative", "congressman", "congresswoman", "lawmaker", "legislator",
        "executive", "head", "owner", "mother", "father", "chairwoman", "chairperson", "chair", "councillor",
        "councilor", "campaigner", "convenor", "vice-chairman", "vice-president", "officer", "captain", "coach",
        "player", "striker", "goalkeeper", "midfielder", "defender", "forward", "actor", "actress", "singer",
        "musician", "artist", "painter", "writer", "novelist", "poet", "photographer", "designer", "curator",
        "scientist", "researcher", "astronaut", "pilot", "detective", "inspector", "superintendent", "constable",
        "sheriff", "priest", "pastor", "cleric", "student", "teacher", "doctor", "nurse", "survivor", "victim",
        "suspect", "defendant", "plaintiff", "widow", "widower", "uncle", "aunt", "cousin", "grandson",
        "granddaughter", "nephew", "niece", "boyfriend", "girlfriend", "partner", "friend", "neighbour", "neighbor",
    ]

    /// Words before a capitalised word that make it a thing, not a person.
    static let determiners: WordSet = ["the", "a", "an", "its", "their", "our", "this", "that", "these", "those"]

    /// Last words that make a name an organisation.
    static let orgSuffixes: WordSet = [
        "Committee", "Commission", "Council", "Department", "Ministry", "Agency", "Party", "Parliament",
        "Assembly", "Court", "Bank", "Fund", "Organization", "Organisation", "Association", "Union", "Institute",
        "University", "College", "Corporation", "Corp", "Inc", "Ltd", "LLC", "Plc", "Group", "Company", "Co",
        "Foundation", "Office", "Bureau", "Service", "Services", "Authority", "Administration", "Army", "Navy",
        "Police", "Network", "News", "Times", "Post", "Journal", "Press", "Board", "Federation", "League",
        "Alliance", "Front", "Movement", "Coalition", "Club", "Church", "Airlines", "Airways", "Television",
        "Radio", "Broadcasting", "Gazette", "Herald", "Tribune", "Telegraph", "Magazine", "Media", "Images",
        "Systems", "Technologies", "Holdings", "Reserve", "Exchange", "Cabinet", "Guard", "Forces", "Command",
        "Caucus", "Secretariat", "Observatory", "Watch", "Force", "Society", "Corps", "Legion", "Trust", "Academy",
        "Institution", "Orchestra", "Band", "School",
    ]

    /// Last words of buildings, venues, sites and natural features, which news
    /// and GUM count as places ("Wembley Stadium", "Tate Gallery", "Museum
    /// of Modern Art", "Hudson River").
    /// "Center for ..." names an institution instead (see EntityRecognizer).
    static let venueWords: WordSet = [
        "Stadium", "Arena", "Airport", "Museum", "Gallery", "Hall", "Center", "Centre", "Planetarium", "Mosque",
        "Cathedral", "Temple", "Palace", "Castle", "Tower", "Towers", "Bridge", "Square", "Station", "Base",
        "Facility", "Complex", "Building", "Hotel", "Theatre", "Theater", "Zoo", "Hospital", "Memorial", "Monument", "Plaza",
        "Mall", "Harbor", "Harbour", "Street", "Avenue", "Boulevard", "Prison", "Library", "Racecourse", "Speedway",
        "River", "Island", "Islands", "Mountains", "Valley", "Bay", "Peninsula", "Desert", "Canyon", "Falls",
        "Beach", "County", "Province", "Coast", "Lake", "Glacier", "Volcano", "Reef", "Forest", "Garden", "Gardens",
    ]

    /// Venue words that are also common surnames ("Jane Hall", "John Tower").
    static let surnameVenueWords: WordSet = [
        "Hall", "Tower", "Bridge", "Street", "Temple", "Castle", "Palace", "Forest", "Lake", "Beach", "Bay", "Field",
    ]

    /// Lowercase nouns for kinds of organisation: right before or after an
    /// unknown name they make it one ("the broadcaster Zvezda", "Acme company").
    static let organisationNouns: WordSet = [
        "company", "firm", "broadcaster", "newspaper", "publisher", "developer", "band", "team", "club", "carrier",
        "airline", "retailer", "brand", "label", "charity", "network", "agency", "studio", "startup", "insurer",
        "manufacturer", "automaker", "carmaker", "chipmaker", "conglomerate", "outlet", "magazine", "tabloid",
        "daily", "weekly", "website", "group", "party", "organisation", "organization", "ministry", "union",
    ]

    /// Lowercase words after a media name ("Zvezda television").
    static let mediaNouns: WordSet = ["television", "tv", "radio", "channel", "newspaper", "magazine", "tabloid"]

    /// Last words of awards, prizes and events: not entities by the guidelines
    /// ("Nobel Peace Prize", "Paris Air Show"); a name before them still is ("G20 Summit").
    static let eventWords: WordSet = [
        "Prize", "Prizes", "Award", "Awards", "Medal", "Trophy", "Olympics", "Championship", "Championships",
        "Summit", "Festival", "Show", "Expo", "Marathon", "Tournament", "Election", "Elections", "Act", "Treaty",
        "Accord", "Accords", "Agreement", "Protocol", "Doctrine", "Plan", "War", "Revolution", "Crisis", "Scandal",
    ]

    /// Sentence-opening words that are no part of a name after them.
    static let sentenceAdverbs: WordSet = [
        "yesterday", "today", "tonight", "tomorrow", "now", "meanwhile", "later", "earlier", "instead", "still",
        "then", "thus", "hence", "however", "yet", "once", "soon", "there", "where", "when", "while", "since",
        "like", "unlike", "despite", "without", "within", "across", "under", "over", "through", "until", "among",
        "though", "although", "whereas", "whilst", "amid", "amidst", "whether", "unless",
    ]

    /// Words before "Center" that make it an institution, not a building
    /// ("Budget Policy Center", "Harbour Research Center").
    static let institutionTopics: WordSet = [
        "Policy", "Research", "Studies", "Study", "Rights", "Law", "Legal", "Justice", "Progress", "Ethics",
        "Information", "Prevention", "Control", "Analysis", "Strategic", "Economic", "Economics", "Public", "Budget",
        "Opinion", "Poverty", "Democracy", "Security", "Affairs", "Innovation", "Data",
    ]

    /// Words for a state before "of" and its name ("Commonwealth of Kentucky").
    static let polityWords: WordSet = [
        "State", "Republic", "Kingdom", "Commonwealth", "Emirate", "Principality", "Sultanate", "Duchy",
    ]

    /// Nouns of the fields that national agencies, teams and bodies are named
    /// after, before a country's name ("Statistics Norway", "Hockey Canada").
    static let agencyNouns: WordSet = [
        "Environment", "Statistics", "Health", "Transport", "Sport", "Sports", "Team", "Parks", "Heritage",
        "Fisheries", "Agriculture", "Justice", "Finance", "Industry", "Immigration", "Revenue", "Elections",
        "Tourism", "Visit", "Invest", "Trade", "Defence", "Energy", "Innovation", "Water", "Rail", "Post", "Hockey",
        "Football", "Rugby", "Cricket", "Basketball", "Athletics", "Cycling", "Swimming", "Tennis", "Golf", "Skate",
        "Swim", "Ski", "Sail", "Rowing", "Gymnastics", "Volleyball", "Baseball", "Softball", "Netball", "Judo",
    ]

    /// First words of natural features and towns named after them ("Cape Horn",
    /// "Mount Everest", "Lake Geneva", "Fort Worth", "St. Louis"): with a name
    /// after them, places.
    static let placePrefixes: WordSet = ["Cape", "Mount", "Mt", "Lake", "Fort", "Ft", "Port", "Isle", "Gulf", "St", "Ste"]

    /// Prepositions after which an unknown lone name is a place ("in Kelmscott").
    static let locativePrepositions: WordSet = [
        "in", "near", "outside", "across", "throughout", "through", "around", "from", "into", "towards", "toward",
    ]

    /// Words before a vehicle's name ("Shuttle Buran", "USS Nimitz", "HMS
    /// Victory"): vehicles are not entities, nor are their names elsewhere in
    /// the article.
    static let vehicleWords: WordSet = ["Shuttle", "USS", "HMS", "HMCS", "HMAS", "RMS", "INS", "MV"]

    /// A word that ends an organisation's or a venue's name.
    static func isHeadWord(_ word: String) -> Bool { headWords.contains(word) }

    /// `orgSuffixes` and `venueWords`: one lookup instead of two.
    private static let headWords = orgSuffixes.union(venueWords)

    /// Party adjectives, never entities alone; before "Party"/"party" they name one.
    static let partyWords: WordSet = [
        "Democratic", "Democrat", "Democrats", "Republican", "Republicans", "Conservative", "Conservatives",
        "Labour", "Liberal", "Liberals", "Socialist", "Socialists", "Communist", "Communists", "Green", "Greens",
        "Libertarian", "Tory", "Tories", "GOP",
    ]

    /// Well-known institutions, agencies, media and companies: surface form
    /// and canonical name.
    static let organisations = WordMap(aliasTable([
            ("United Nations", ["UN", "U.N."]), ("European Union", ["EU", "E.U."]), ("NATO", ["North Atlantic Treaty Organization"]),
            ("Associated Press", ["AP"]), ("Agence France-Presse", ["AFP"]), ("Reuters", []), ("Bloomberg", []),
            ("CNN", []), ("BBC", []), ("NBC", []), ("CBS", []), ("ABC News", []), ("Fox News", []), ("MSNBC", []),
            ("NPR", []), ("PBS", []), ("RT", ["Russia Today"]), ("TASS", []), ("Interfax", []), ("Xinhua", []),
            ("RIA Novosti", []), ("Sputnik", []), ("Al Jazeera", []), ("Sky News", []), ("Axios", []),
            ("Politico", []), ("Newsweek", []), ("New York Times", []), ("Washington Post", []),
            ("Wall Street Journal", []), ("Financial Times", []), ("The Guardian", []), ("The Economist", []),
            ("RFE/RL", ["Radio Free Europe/Radio Liberty", "Radio Free Europe"]), ("Voice of America", ["VOA"]),
            ("Getty Images", []), ("Deutsche Welle", []), ("Le Monde", []), ("Der Spiegel", []), ("Kommersant", []),
            ("White House", []), ("Kremlin", []), ("Pentagon", []), ("Downing Street", []), ("Elysee", []),
            ("State Department", []), ("Congress", []), ("Senate", []), ("Duma", ["State Duma"]), ("Knesset", []),
            ("Bundestag", []), ("Politburo", []), ("Supreme Court", []),
            ("CIA", []), ("FBI", []), ("NSA", []), ("KGB", []), ("FSB", []), ("GRU", []), ("SVR", []), ("MI6", []),
            ("MI5", []), ("Mossad", []), ("NASA", []), ("Interpol", []), ("Europol", []),
            ("World Health Organization", ["WHO"]), ("International Monetary Fund", ["IMF"]), ("World Bank", []),
            ("World Trade Organization", ["WTO"]), ("OSCE", []), ("IAEA", []), ("OPEC", []), ("ASEAN", []),
            ("African Union", []), ("Arab League", []), ("G7", []), ("G8", []), ("G20", []), ("BRICS", []),
            ("Red Cross", []), ("Amnesty International", []), ("Human Rights Watch", []),
            ("Twitter", []), ("Facebook", []), ("Google", []), ("Microsoft", []), ("Amazon", []), ("YouTube", []),
            ("Instagram", []), ("TikTok", []), ("WhatsApp", []), ("Telegram", []), ("Tesla", []), ("SpaceX", []),
            ("OpenAI", []), ("Gazprom", []), ("Rosneft", []), ("Aeroflot", []), ("Apple", []), ("Meta", []),
            ("Alphabet", []), ("Nvidia", []), ("Intel", []), ("IBM", []), ("Samsung", []), ("Huawei", []),
            ("Alibaba", []), ("Tencent", []), ("Sony", []), ("Toyota", []), ("Volkswagen", []), ("Boeing", []),
            ("Airbus", []), ("Lockheed Martin", []), ("ExxonMobil", ["Exxon"]), ("Chevron", []), ("Shell", []),
            ("BP", []), ("Saudi Aramco", ["Aramco"]), ("Walmart", []), ("JPMorgan", ["JPMorgan Chase"]),
            ("Goldman Sachs", []), ("Morgan Stanley", []), ("BlackRock", []), ("Pfizer", []), ("Moderna", []),
            ("Netflix", []), ("Disney", []), ("Uber", []), ("Visa", []), ("Mastercard", []),
            ("House of Representatives", []), ("House of Commons", []), ("House of Lords", []),
            ("European Commission", []), ("European Parliament", []), ("Security Council", ["UN Security Council"]),
            ("Islamic State", ["ISIS", "ISIL", "Daesh"]), ("Taliban", []), ("Hamas", []), ("Hezbollah", []),
            ("Al-Qaeda", ["al-Qaeda", "Al Qaeda", "al Qaeda"]), ("Boko Haram", []), ("Wagner Group", []),
    ]))

    /// The organisations of `organisations` that gather and publish news:
    /// agencies, broadcasters, papers and sites. A report that cites them
    /// credits their reporting.
    static let newsOrganisations: WordSet = [
        "Associated Press", "Agence France-Presse", "Reuters", "Bloomberg", "CNN", "BBC", "NBC", "CBS", "ABC News",
        "Fox News", "MSNBC", "NPR", "PBS", "RT", "TASS", "Interfax", "Xinhua", "RIA Novosti", "Sputnik", "Al Jazeera",
        "Sky News", "Axios", "Politico", "Newsweek", "New York Times", "Washington Post", "Wall Street Journal",
        "Financial Times", "The Guardian", "The Economist", "RFE/RL", "Voice of America", "Deutsche Welle", "Le Monde",
        "Der Spiegel", "Kommersant",
    ]

    /// The last word of a news organisation's name ("Kyiv Independent" is
    /// not caught, "Rossia-24" neither; "Korea Herald", "Nine News" are).
    static let newsNameWords: WordSet = [
        "News", "Times", "Post", "Journal", "Press", "Television", "TV", "Radio", "Broadcasting", "Gazette",
        "Herald", "Tribune", "Telegraph", "Magazine", "Daily", "Chronicle", "Observer", "Courier", "Wire",
    ]

    /// Regions, seas and other places that are not countries or cities, and
    /// everyday short names of countries.
    static let places: [String: String] = aliasTable([
            ("United States", ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"]),
            ("United Kingdom", ["UK", "U.K.", "Britain", "Great Britain"]), ("United Arab Emirates", ["UAE", "U.A.E."]),
            ("Netherlands", ["Holland"]), ("Myanmar", ["Burma"]), ("North Korea", ["DPRK"]), ("China", ["PRC"]),
            ("Czechia", ["Czech Republic"]), ("Vatican", ["Vatican City", "Holy See"]),
            ("Asia-Pacific", []), ("Middle East", []), ("Eurasia", []), ("Caucasus", []), ("Balkans", []),
            ("Baltics", []), ("Scandinavia", []), ("Latin America", []), ("Central Asia", []), ("Southeast Asia", []),
            ("South Asia", []), ("East Asia", []), ("West Africa", []), ("East Africa", []), ("North Africa", []),
            ("Sahel", []), ("Persian Gulf", []), ("Arctic", []), ("Caribbean", []), ("Mediterranean", []),
            ("Crimea", ["Crimean Peninsula"]), ("Korean Peninsula", []), ("Sinai", ["Sinai Peninsula"]), ("Kashmir", []),
            ("Gaza", ["Gaza Strip"]), ("West Bank", []), ("Golan Heights", []), ("Donbas", ["Donbass"]),
            ("Kurdistan", []), ("Siberia", []), ("Chechnya", []), ("Tibet", []), ("Xinjiang", []), ("Hong Kong", []),
            ("South China Sea", []), ("East China Sea", []), ("Black Sea", []), ("Baltic Sea", []), ("Red Sea", []),
            ("Caspian Sea", []), ("North Sea", []), ("Sea of Japan", []), ("Sea of Azov", []),
            ("Pacific Ocean", ["Pacific"]), ("Atlantic Ocean", []), ("Indian Ocean", []), ("Arctic Ocean", []),
            ("Taiwan Strait", []), ("Strait of Hormuz", []), ("Horn of Africa", []), ("Capitol Hill", []),
            ("Europe", []), ("Asia", []), ("Africa", []),
    ])

    /// Surface form -> canonical name, from rows of a canonical name and its aliases.
    private static func aliasTable(_ rows: [(String, [String])]) -> [String: String] {
        var table: [String: String] = [:]
        for (canonical, aliases) in rows {
            table[canonical] = canonical
            for alias in aliases { table[alias] = canonical }
        }
        return table
    }

    /// Names that look like organisations or places but are not entities
    /// by the guidelines: vehicles, events, laws.
    static let notEntities: WordSet = [
        "Air Force One", "Marine One", "Air Force Two", "Cold War", "World War", "New START", "Brexit",
    ]

    /// Religions and faiths: not entities ("Islam", "Christianity"; words in
    /// -ism are dropped by rule).
    static let religions: WordSet = [
        "Islam", "Christianity", "Judaism", "Hinduism", "Buddhism", "Sikhism", "Jainism", "Shinto", "Taoism",
        "Catholicism", "Protestantism", "Zoroastrianism", "Bahai",
    ]

    /// Capitalised acronyms that are not names.
    static let plainAcronyms: WordSet = [
        "TV", "PM", "AM", "OK", "CEO", "CFO", "COO", "GDP", "ID", "AI", "DNA", "HIV", "AIDS", "COVID", "LGBT", "LGBTQ",
        "PR", "VIP", "FAQ", "USD", "EUR", "GMT", "UTC", "EST", "PST", "BST", "CET", "MP", "MPs", "CD", "DVD", "PC",
        "IT", "HQ", "RSS", "PDF", "URL", "NB", "PS", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII",
        "VR", "AR", "XR", "IQ", "GPS", "USB", "LED", "UFO", "SUV", "ATM", "PIN", "SMS", "PhD", "QC", "KC", "SC",
        "OBE", "MBE", "CBE", "KBE",
    ]

    /// Months and days of the week: dates, not entities.
    static let calendarWords: WordSet = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
        "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]

    /// Lowercase words that may join capitalised words inside one name
    /// ("Secretary of State", "Bank of England", "Leonardo da Vinci").
    static let nameConnectors: WordSet = ["of", "de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "bin", "ibn", "al", "el"]
}
