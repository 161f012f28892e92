import KartrekkerCore

/// The words the demo organisation is made of: Dutch names as a housing corporation's staff
/// has them, its teams and roles, and the short notes a team lead writes.
enum DemoVocabulary {
    static let firstNames = [
        "Anna", "Bram", "Chloë", "Daan", "Daniëlle", "Emma", "Fatima", "Femke", "Gijs", "Hanneke", "Hatice", "Ilse",
        "Jan", "Jeroen", "Joël", "Joyce", "Karin", "Kees", "Lotte", "Luuk", "Marieke", "Mehmet", "Mohamed", "Naima",
        "Nina", "Noë", "Noor", "Pieter", "Priya", "Rachid", "Renée", "Rik", "Romy", "Ruud", "Sanne", "Sem", "Soufiane",
        "Stijn", "Thijs", "Tim", "Ümit", "Wendy", "Willem", "Yara", "Youssef", "Zeynep", "Zoë", "Ayşe", "Gökhan",
        "Esther", "Frank", "Gerda", "Henk", "Ingrid", "Jolanda", "Kevin", "Linda", "Marco", "Nadia", "Olga", "Patrick",
        "Quinten", "Rianne", "Sevda", "Tamara", "Ugur", "Vera", "Wouter", "Xander", "Yusuf", "Zakaria", "Bilal",
        "Chantal", "Dewi", "Eline", "Floor", "Gerrit", "Hamza", "Iris", "Jesse",
    ]

    static let lastNames = [
        "de Vries", "van der Berg", "Bakker", "Jansen", "de Jong", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
        "van den Heuvel", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer", "de Wit", "van Leeuwen",
        "Çelik", "Şahin", "Yılmaz", "Öztürk", "Demir", "Kaya", "El Amrani", "Bouzid", "Ouali", "Benali", "El Idrissi",
        "Haddou", "Ramdin", "Sewnarain", "Kromodikoro", "Pinas", "Nguyen", "Kowalski", "van 't Hof", "ter Horst",
        "van Beek", "Koster", "Willems", "Prins", "Huisman", "Kuipers", "Post", "Verbeek", "van der Linden", "Noë",
        "Groen", "Schouten", "Timmermans", "Veenstra", "Wijnands", "van Rijn", "Zwart", "Hoekstra", "Dijkstra",
    ]

    /// Teams with their share of the staff, their roles, and the lead who records.
    static let teams: [(name: String, weight: Int, roles: [String], lead: String)] = [
        ("Klantcontact", 25, ["Klantadviseur", "Senior klantadviseur", "Medewerker KCC"], "marieke"),
        ("Wijkbeheer", 20, ["Wijkbeheerder", "Huismeester", "Wijkconsulent"], "joost"),
        ("Verhuur", 15, ["Verhuurconsulent", "Medewerker verhuur"], "sandra"),
        ("Onderhoud", 20, ["Vakman", "Opzichter", "Planner onderhoud"], "erik"),
        ("Renovatie", 12, ["Bewonersconsulent", "Projectleider", "Opzichter"], "ahmed"),
        ("Leefbaarheid", 8, ["Consulent leefbaarheid", "Buurtbemiddelaar"], "ellen"),
    ]

    static let values = ["betrokken", "oplossingsgericht", "betrouwbaar", "samen", "klantgericht"]

    static let projects = [
        "Renovatie Zuidwijk", "Verduurzaming Molenbuurt", "Groot onderhoud Parkflat", "Dakrenovatie Vogelwijk",
        "Nieuwbouw De Werf", "Gevelrenovatie Schildersbuurt",
    ]

    static let residents = [
        "mevrouw De Wit", "meneer Yıldız", "de familie Bakker", "mevrouw El Khatib", "meneer Van Dam", "een oudere bewoner",
        "een jong gezin", "mevrouw Pinas", "meneer Kramer", "een nieuwe huurder", "de buren op nummer 12", "mevrouw Şen",
    ]

    static let issues = [
        "lekkage", "een kapotte cv-ketel", "schimmel in de badkamer", "geluidsoverlast", "een klemmende voordeur",
        "een verstopte afvoer", "een kapotte lift", "vocht in de kelder", "een lekkend dak", "een defecte intercom",
    ]

    static let streets = [
        "Molenstraat", "Parklaan", "Vogelweg", "Schoolstraat", "Kerkplein", "Dorpsstraat", "Zuiderhof", "Lindelaan",
    ]

    static let notes: [Category: [String]] = [
        .smile: [
            "{resident} was boos over {issue}; dezelfde dag de monteur geregeld en teruggebeld",
            "Klacht van {resident} over {issue} omgebogen: excuses, oplossing en een bos bloemen",
            "{resident} belde voor de derde keer over {issue}; zelf langsgegaan en het opgelost",
            "Na {issue} aan de {street} bleef {resident} ontevreden; samen een oplossing gevonden",
        ],
        .beyond: [
            "Zaterdag gebeld door {resident} over {issue} en meteen gaan kijken",
            "Buiten werktijd de aannemer achter de broek gezeten voor {issue} aan de {street}",
            "Voor {resident} de verhuizing van de inboedel mee geregeld",
            "Een collega ingewerkt naast het eigen werk, zodat de wachtlijst korter werd",
        ],
        .idea: [
            "Idee: bewoners een sms sturen zodra de monteur onderweg is",
            "Voorstel: een vast spreekuur in het buurthuis aan de {street}",
            "Idee: bij {issue} standaard binnen een week terugbellen",
            "Voorstel: nieuwe huurders een welkomstbezoek na een maand",
            "Idee: sleutelkluis bij de balie voor aannemers",
            "Voorstel: meldingen over {issue} bundelen per complex",
        ],
        .attention: [
            "{resident} was eenzaam na het overlijden van haar man; koffie gedronken en doorverwezen",
            "Verjaardagskaart gestuurd aan {resident}, die al 50 jaar bij ons huurt",
            "{resident} geholpen met het formulier voor huurtoeslag",
            "Na {issue} nog eens langsgegaan om te vragen hoe het gaat",
        ],
        .ambassador: [
            "Presentatie over het buurtplan gegeven op de bewonersavond",
            "Nieuwe collega's enthousiast gemaakt voor de bewonersdag",
            "In de wijkkrant verteld hoe we {issue} aanpakken",
            "Met de huurdersvereniging het gesprek over de {street} weer op gang gebracht",
        ],
        .goal: [
            "Alle reparatieverzoeken van de week binnen de termijn afgehandeld",
            "Klanttevredenheid van het kwartaal boven de 8",
            "Alle woninginspecties van de maand gedaan",
            "Leegstandsdoel gehaald: alle woningen binnen 14 dagen verhuurd",
        ],
    ]

    /// The contact moments each team's work with residents happens in, most usual first.
    static let contactMoments: [String: [String]] = [
        "Klantcontact": ["algemeen-contact", "reparatieverzoek", "huur-opzeggen"],
        "Verhuur": ["woning-zoeken", "nieuwe-huurder", "huur-opzeggen"],
        "Onderhoud": ["reparatieverzoek", "onderhoud"],
        "Wijkbeheer": ["algemeen-contact", "reparatieverzoek", "nieuwe-huurder"],
        "Renovatie": ["onderhoud", "algemeen-contact"],
    ]

    /// A story's parts: what went wrong, what was done (and the mandate used), how it ended.
    static let storyProblems = [
        "De bewoner zat al drie weken met het probleem en was twee keer van het kastje naar de muur gestuurd",
        "Het ging al eerder mis: de afspraak met de aannemer was vergeten",
        "De bewoner kon het huis niet meer goed in en kreeg geen antwoord op de mail",
        "De verhuizing liep erop vast, de nieuwe woning was nog niet klaar",
    ]
    static let storyActions = [
        "Zelf een monteur gebeld en dezelfde middag langs laten komen",
        "Op eigen gezag een vervangende oplossing geregeld en de kosten voor onze rekening genomen",
        "Excuses gemaakt, een bos bloemen gebracht en een vaste contactpersoon afgesproken",
        "Buiten de planning om de vakman ingepland en zelf meegegaan",
    ]
    static let storyOutcomes = [
        "Dezelfde dag opgelost; de bewoner belde later nog om te bedanken",
        "Binnen twee dagen klaar, en een tevreden bewoner",
        "Opgelost, en de werkwijze voor dit soort meldingen is aangepast",
        "De bewoner gaf ons in de enquête een 9",
    ]

    /// What residents wrote in a survey about someone who helped them.
    static let praise = [
        "{name} was geweldig: eindelijk iemand die luisterde en het regelde",
        "Dankzij {name} is het probleem in één keer opgelost",
        "{name} belde zelf terug en hield me op de hoogte, top!",
        "Heel vriendelijk en snel geholpen door {name}",
    ]

    static let declineReasons = [
        "Past niet in het budget van dit jaar; volgend jaar opnieuw bekijken",
        "Wordt al landelijk geregeld via de nieuwe klantportal",
        "Niet uitvoerbaar met de huidige aannemerscontracten",
    ]

    static let messages: [RecognitionKind: [String]] = [
        .thanks: ["Dank je wel voor je inzet", "Top gedaan, dank je!", "Bedankt dat je dit zo snel oppakte",
                  "Dank voor je geduld met deze bewoner"],
        .compliment: ["Genoemd in het teamoverleg als voorbeeld", "Compliment van de bewoner doorgegeven aan het team",
                      "In de nieuwsbrief gezet"],
        .gift: ["Bos bloemen", "Bioscoopbon", "Taart voor het team namens jou"],
        .bonus: ["Extra vrije middag", "Eenmalige bonus"],
        .award: ["Kartrekker van de maand", "Kartrekker van het kwartaal"],
    ]
}
