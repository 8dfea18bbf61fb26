//! The accessibility statement (toegankelijkheidsverklaring), after the
//! structure of the Dutch model statement: status, how it was tested, what
//! does not work well yet, and how to report a problem. It claims only what
//! the end-to-end suite checks (tests/e2e); keep the two in step.

use leptos::prelude::*;

/// When the statement was last checked against the tests.
const CHECKED_ON: &str = "23 november 2026";

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    view! {
        <div class="page statement">
            <h1>"Toegankelijkheidsverklaring"</h1>
            <p class="lead">
                "Iedereen moet met deze app kunnen spelen. Ook als je alleen een toetsenbord gebruikt, een "
                "schermlezer hebt of de tekst groter zet. Op deze pagina lees je hoe ver we daarmee zijn."
            </p>

            <section aria-labelledby="verklaring-status">
                <h2 id="verklaring-status">"Status: voldoet gedeeltelijk"</h2>
                <p>
                    "Ons doel is de norm WCAG 2.2, niveau AA. Dat is de norm die de overheid gebruikt "
                    "(Besluit digitale toegankelijkheid overheid). We testen de app daar zelf op, bij elke "
                    "nieuwe versie. Een onafhankelijke deskundige heeft de app nog niet onderzocht. Daarom "
                    "zeggen we: de app voldoet gedeeltelijk."
                </p>
                <p>{format!("Deze verklaring is voor het laatst bijgewerkt op {CHECKED_ON}.")}</p>
            </section>

            <section aria-labelledby="verklaring-getest">
                <h2 id="verklaring-getest">"Hoe we de app testen"</h2>
                <p>"Bij elke nieuwe versie draaien automatische tests in een echte browser (Chromium). Die tests:"</p>
                <ul>
                    <li>
                        "controleren elk scherm met axe-core op de regels van WCAG 2.0, 2.1 en 2.2 (niveau A en "
                        "AA): de bibliotheek, het startscherm, elke fase van het spel, het resultaat, de "
                        "foutmeldingen en deze pagina. De test faalt als axe-core één fout vindt;"
                    </li>
                    <li>
                        "spelen een heel mysterie met alleen het toetsenbord, ook het sorteren van de kaarten. "
                        "Na elke nieuwe fase moet de focus op de titel van die fase staan;"
                    </li>
                    <li>
                        "spelen een heel mysterie met de muis, en elk meegeleverd mysterie tot het resultaat;"
                    </li>
                    <li>
                        "bekijken de app in een smal venster van 640 pixels breed. Dat is wat je ziet als je "
                        "inzoomt tot 200%. Er mag dan niets buiten beeld vallen. De focus mag niet verstopt "
                        "zitten achter een ander deel van de pagina;"
                    </li>
                    <li>
                        "bekijken het resultaat in een venster van 320 pixels breed. Dat is wat je ziet als je "
                        "inzoomt tot 400%. De pagina mag dan niet opzij schuiven. Alleen een brede tabel schuift, "
                        "in een eigen vak dat je met het toetsenbord kunt bereiken;"
                    </li>
                    <li>
                        "controleren de tijd van de begeleider: je kunt hem pauzeren en 5 minuten erbij geven. Als "
                        "de tijd om is, gebeurt er niets vanzelf. Een schermlezer hoort de tijd alleen af en toe: "
                        "bij 10, 5, 2 en 1 minuut en als de tijd om is. Niet elke seconde;"
                    </li>
                    <li>
                        "controleren dat een schermlezer hoort wat een hint kost, en de scores als het resultaat "
                        "klaar is;"
                    </li>
                    <li>
                        "controleren dat je de lijst met mysteries al kunt gebruiken terwijl de rest van de app "
                        "nog laadt;"
                    </li>
                    <li>
                        "zoeken knoppen, velden en gebieden op naam. Zo weten we dat een schermlezer ze een "
                        "duidelijke naam kan geven."
                    </li>
                </ul>
                <p>
                    "Verder: elk slepen kan ook met een knop of een keuzelijst. Wijzigingen, zoals een nieuwe "
                    "kaart of een melding, worden voorgelezen. Als je in je systeem minder beweging kiest, zet "
                    "de app animaties uit. De tijd telt nooit mee in de score."
                </p>
            </section>

            <section aria-labelledby="verklaring-beperkingen">
                <h2 id="verklaring-beperkingen">"Wat nog niet goed is of niet getest"</h2>
                <ul>
                    <li>
                        "We hebben de app nog niet laten testen door mensen die een schermlezer gebruiken, zoals "
                        "NVDA, JAWS of VoiceOver."
                    </li>
                    <li>
                        "Automatische tests vinden niet alle problemen. Of een tekst duidelijk is, kan "
                        "alleen een mens goed beoordelen."
                    </li>
                    <li>"We testen alleen in Chromium. Andere browsers testen we nog niet automatisch."</li>
                    <li>
                        "De mysteries zelf komen uit bestanden die trainers schrijven. Een nieuw mysterie kan "
                        "moeilijkere taal bevatten dan taalniveau B1."
                    </li>
                </ul>
            </section>

            <section aria-labelledby="verklaring-contact">
                <h2 id="verklaring-contact">"Loop je ergens tegenaan?"</h2>
                <p>
                    "Kun je iets niet lezen of niet bedienen? Vertel het aan je trainer of aan de organisatie "
                    "die deze app voor jullie heeft klaargezet. Zeg op welk scherm het was en wat er misging. "
                    "Zij geven het door aan de makers. Dan lossen we het op of zoeken we samen een andere "
                    "manier om te spelen."
                </p>
                <p>
                    "De organisatie die deze app aanbiedt, zet hier haar contactgegevens neer: een e-mailadres "
                    "of telefoonnummer. Die staan er nu nog niet."
                </p>
            </section>
        </div>
    }
}
