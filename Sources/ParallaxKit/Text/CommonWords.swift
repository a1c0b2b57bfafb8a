/// English function words and very common words, lowercased. Used to tell a
/// capitalised common word at the start of a line ("About", "The") from a
/// name.
enum CommonWords {
    static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
        "as", "at", "back", "be", "because", "been", "before", "being", "below", "between", "both", "but",
        "by", "can", "click", "close", "comment", "comments", "could", "did", "do", "does", "doing", "down",
        "during", "each", "email", "enjoy", "even", "every", "few", "find", "follow", "for", "from", "further",
        "get", "go", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
        "his", "home", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "last", "latest",
        "less", "like", "log", "make", "many", "may", "me", "menu", "more", "most", "much", "must", "my",
        "myself", "new", "news", "next", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only",
        "open", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "please", "print", "read",
        "related", "same", "search", "see", "share", "she", "should", "sign", "so", "some", "such", "than",
        "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
        "those", "through", "to", "today", "too", "top", "under", "until", "up", "us", "very", "video", "was",
        "watch", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
        "would", "you", "your", "yours", "yourself", "yourselves", "breaking", "accessibility", "subscribe",
        "advertisement", "photo", "image", "view", "show", "hide", "continue", "reading", "story",
        "stories", "article", "articles", "page", "sections", "section", "skip", "content", "main",
    ]
}
