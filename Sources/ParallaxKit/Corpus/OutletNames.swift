import Foundation

/// One outlet under one name. Front matter, scrapers and data sets spell an
/// outlet many ways ("NYT", "nyt", "The New York Times"; "Fox", "Fox News";
/// "huff-post", "HuffPost"); an outlet's profile, its column in the outlets
/// view and its group in the list need one.
///
/// Two sources settle it: a directory of well-known news outlets with their
/// usual short names and web domains (general knowledge, kept here), and the
/// articles' URLs: a name the directory does not know, given on articles
/// from a site it does, is that site's outlet (see `unify`).
enum OutletNames {
    /// A well-known outlet: its usual name, other names it goes by, and its
    /// web domains.
    struct Known {
        let name: String
        let aliases: [String]
        let domains: [String]
    }

    static let directory: [Known] = [
        Known(name: "Associated Press", aliases: ["AP", "The Associated Press", "AP News"], domains: ["apnews.com", "ap.org"]),
        Known(name: "Reuters", aliases: ["Thomson Reuters"], domains: ["reuters.com"]),
        Known(name: "AFP", aliases: ["Agence France-Presse", "Agence France Presse"], domains: ["afp.com"]),
        Known(name: "Bloomberg", aliases: ["Bloomberg News"], domains: ["bloomberg.com"]),
        Known(name: "BBC News", aliases: ["BBC"], domains: ["bbc.com", "bbc.co.uk"]),
        Known(name: "CNN", aliases: ["Cable News Network"], domains: ["cnn.com"]),
        Known(name: "Fox News", aliases: ["Fox", "FNC", "Fox News Channel"], domains: ["foxnews.com"]),
        Known(name: "MSNBC", aliases: [], domains: ["msnbc.com"]),
        Known(name: "NBC News", aliases: ["NBC"], domains: ["nbcnews.com"]),
        Known(name: "CBS News", aliases: ["CBS"], domains: ["cbsnews.com"]),
        Known(name: "ABC News", aliases: [], domains: ["abcnews.go.com", "abcnews.com"]),
        Known(name: "NPR", aliases: ["National Public Radio"], domains: ["npr.org"]),
        Known(name: "PBS", aliases: ["PBS NewsHour"], domains: ["pbs.org"]),
        Known(name: "The New York Times", aliases: ["NYT", "New York Times", "NY Times", "NYTimes"], domains: ["nytimes.com"]),
        Known(name: "The Washington Post", aliases: ["Washington Post", "WaPo", "WashPost"], domains: ["washingtonpost.com"]),
        Known(name: "The Wall Street Journal", aliases: ["Wall Street Journal", "WSJ"], domains: ["wsj.com"]),
        Known(name: "USA Today", aliases: ["USA TODAY"], domains: ["usatoday.com"]),
        Known(name: "Los Angeles Times", aliases: ["LA Times", "L.A. Times"], domains: ["latimes.com"]),
        Known(name: "Chicago Tribune", aliases: [], domains: ["chicagotribune.com"]),
        Known(name: "The Boston Globe", aliases: ["Boston Globe"], domains: ["bostonglobe.com"]),
        Known(name: "HuffPost", aliases: ["Huffington Post", "The Huffington Post", "HuffPo"],
              domains: ["huffpost.com", "huffingtonpost.com", "huffingtonpost.co.uk"]),
        Known(name: "Politico", aliases: ["POLITICO"], domains: ["politico.com", "politico.eu"]),
        Known(name: "The Hill", aliases: [], domains: ["thehill.com"]),
        Known(name: "Axios", aliases: [], domains: ["axios.com"]),
        Known(name: "Vox", aliases: [], domains: ["vox.com"]),
        Known(name: "Breitbart", aliases: ["Breitbart News"], domains: ["breitbart.com"]),
        Known(name: "The Daily Caller", aliases: ["Daily Caller"], domains: ["dailycaller.com"]),
        Known(name: "The Western Journal", aliases: ["Western Journal"], domains: ["westernjournal.com"]),
        Known(name: "National Review", aliases: [], domains: ["nationalreview.com"]),
        Known(name: "The Atlantic", aliases: [], domains: ["theatlantic.com"]),
        Known(name: "Newsweek", aliases: [], domains: ["newsweek.com"]),
        Known(name: "Time", aliases: ["TIME"], domains: ["time.com"]),
        Known(name: "The Guardian", aliases: ["Guardian"], domains: ["theguardian.com", "guardian.co.uk"]),
        Known(name: "The Independent", aliases: ["Independent"], domains: ["independent.co.uk"]),
        Known(name: "The Telegraph", aliases: ["Daily Telegraph"], domains: ["telegraph.co.uk"]),
        Known(name: "Daily Mail", aliases: ["Mail Online", "MailOnline"], domains: ["dailymail.co.uk"]),
        Known(name: "Financial Times", aliases: ["FT"], domains: ["ft.com"]),
        Known(name: "The Economist", aliases: ["Economist"], domains: ["economist.com"]),
        Known(name: "Al Jazeera", aliases: ["Al Jazeera English"], domains: ["aljazeera.com"]),
        Known(name: "RT", aliases: ["Russia Today"], domains: ["rt.com"]),
        Known(name: "TASS", aliases: [], domains: ["tass.com", "tass.ru"]),
        Known(name: "Xinhua", aliases: ["Xinhua News Agency"], domains: ["xinhuanet.com"]),
        Known(name: "RFE/RL", aliases: ["Radio Free Europe/Radio Liberty", "Radio Free Europe"], domains: ["rferl.org"]),
        Known(name: "Voice of America", aliases: ["VOA"], domains: ["voanews.com"]),
        Known(name: "Deutsche Welle", aliases: ["DW"], domains: ["dw.com"]),
        Known(name: "France 24", aliases: [], domains: ["france24.com"]),
        Known(name: "Euronews", aliases: [], domains: ["euronews.com"]),
        Known(name: "Sky News", aliases: [], domains: ["news.sky.com", "sky.com"]),
        Known(name: "ZeroHedge", aliases: ["Zero Hedge"], domains: ["zerohedge.com"]),
        Known(name: "Wikinews", aliases: [], domains: ["wikinews.org"]),
    ]

    /// The key two spellings of one name share: lowercased, letters and
    /// digits only, without a leading "the" ("The New York Times",
    /// "new-york-times" and "NewYorkTimes" meet).
    static func key(_ name: String) -> String {
        var words = name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        if words.count > 1, words.first == "the" { words.removeFirst() }
        return words.joined()
    }

    private static let knownByKey: [String: Known] = {
        var table: [String: Known] = [:]
        for known in directory {
            for name in [known.name] + known.aliases { table[key(name)] = known }
        }
        return table
    }()

    private static let knownByDomain: [String: Known] = {
        var table: [String: Known] = [:]
        for known in directory { for domain in known.domains { table[domain] = known } }
        return table
    }()

    /// The directory's name for `name`, if it knows the outlet.
    static func known(_ name: String) -> String? { knownByKey[key(name)]?.name }

    /// The key of the outlet a name stands for: the directory's name when it
    /// knows it ("NYT" and "The New York Times" share one), else the name's own.
    static func outletKey(_ name: String) -> String { key(known(name) ?? name) }

    /// Whether two names are one outlet.
    static func same(_ a: String, _ b: String) -> Bool { outletKey(a) == outletKey(b) }

    /// The site of a URL: its host without "www.", "m." or "mobile.", then
    /// the directory's domain it falls under, else its last two labels (three
    /// under a country's second level: "bbc.co.uk").
    static func site(of url: String) -> String? {
        var url = url.trimmingCharacters(in: .whitespaces)
        if !url.contains("://") { url = "http://" + url }  // "nytimes.com/2024/..."
        guard let host = URLComponents(string: url)?.host?.lowercased(), host.contains(".") else { return nil }
        let labels = host.split(separator: ".").map(String.init)
        for n in stride(from: labels.count, through: 2, by: -1) {
            let candidate = labels.suffix(n).joined(separator: ".")
            if knownByDomain[candidate] != nil { return candidate }
        }
        let secondLevel: Set<String> = ["co", "com", "org", "net", "gov", "ac", "edu"]
        let keep = labels.count >= 3 && secondLevel.contains(labels[labels.count - 2]) && labels.last!.count == 2 ? 3 : 2
        return labels.suffix(keep).joined(separator: ".")
    }

    /// One name per outlet for a corpus's articles, given each article's
    /// outlet name (if any) and URL (if any):
    /// - a name the directory knows is the directory's name, whatever the
    ///   URL (a wire story on another outlet's site stays that outlet's);
    /// - a name it does not know takes the name of the directory's site its
    ///   articles come from ("HPO" with huffingtonpost.com URLs is HuffPost);
    ///   otherwise its spellings are one outlet under the most used one;
    /// - an article with a URL and no name takes its site's name: the
    ///   directory's, else the name most of the site's articles give, else
    ///   the domain.
    /// Two names the directory does not know are never joined through a
    /// site: an aggregator's site carries many outlets.
    static func unify(_ articles: [(outlet: String?, url: String?)]) -> [String?] {
        let sites = ParallelMap.mapAll(articles) { $0.url.flatMap(site(of:)) }
        // A corpus has few names and many articles: each name's directory
        // entry and key are worked out once (at 100,000 articles, once per
        // article took a second on one core).
        var looked: [String: (known: String?, key: String)] = [:]
        func lookUp(_ name: String) -> (known: String?, key: String) {
            if let found = looked[name] { return found }
            let found = (known: known(name), key: key(name))
            looked[name] = found
            return found
        }
        var spellings: [String: [String: Int]] = [:]     // unknown name's key -> spelling -> articles
        var siteOfName: [String: [String: Int]] = [:]    // unknown name's key -> directory site -> articles
        var namesOfSite: [String: [String: Int]] = [:]   // site -> outlet name -> articles
        for (article, site) in zip(articles, sites) {
            guard let name = article.outlet else { continue }
            let (known, key) = lookUp(name)
            if let site { namesOfSite[site, default: [:]][known ?? name, default: 0] += 1 }
            guard known == nil else { continue }
            spellings[key, default: [:]][name, default: 0] += 1
            if let site, knownByDomain[site] != nil { siteOfName[key, default: [:]][site, default: 0] += 1 }
        }
        func mostUsed(_ counts: [String: Int]?) -> String? {
            counts?.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        }
        // A name's answer depends on the name alone, a nameless article's on its site.
        var byName: [String: String] = [:], bySite: [String: String] = [:]
        return zip(articles, sites).map { article, site in
            if let name = article.outlet {
                if let unified = byName[name] { return unified }
                let (known, key) = lookUp(name)
                let unified: String
                if let known {
                    unified = known
                } else if key.isEmpty {
                    unified = name  // punctuation only: no spelling to share
                } else if let site = mostUsed(siteOfName[key]) {
                    unified = knownByDomain[site]!.name
                } else {
                    unified = readable(mostUsed(spellings[key]) ?? name)
                }
                byName[name] = unified
                return unified
            }
            guard let site else { return nil }
            if let unified = bySite[site] { return unified }
            let unified = knownByDomain[site]?.name ?? mostUsed(namesOfSite[site]).map(readable) ?? site
            bySite[site] = unified
            return unified
        }
    }

    /// A data set's slug as a name: "west-journal" -> "West Journal". A
    /// name with a capital or a space is left as written, and so is a
    /// domain ("example.com").
    static func readable(_ name: String) -> String {
        guard !name.contains(where: { $0.isUppercase || $0 == " " || $0 == "." }),
              name.contains(where: { $0 == "-" || $0 == "_" }) else { return name }
        return name.split(whereSeparator: { $0 == "-" || $0 == "_" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined(separator: " ")
    }
}
