<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Journey Builder</source>
        <translation>Über Journey Builder</translation>
    </message>
    <message>
        <source>Cannot open the log folder</source>
        <translation>Der Protokollordner kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Design customer journeys, check them before they go live, and sync them with the Flownally Journeys API.</source>
        <translation>Gestalten Sie Customer Journeys, prüfen Sie sie vor dem Livegang und synchronisieren Sie sie mit der Flownally Journeys API.</translation>
    </message>
    <message>
        <source>Hide Licence</source>
        <translation>Lizenz ausblenden</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Protokollordner:</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Open that folder in your file manager.</source>
        <translation>Öffnen Sie diesen Ordner in Ihrem Dateimanager.</translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation>Läuft mit:</translation>
    </message>
    <message>
        <source>Show Licence</source>
        <translation>Lizenz anzeigen</translation>
    </message>
    <message>
        <source>The log is in {folder}.</source>
        <translation>Das Protokoll liegt in {folder}.</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
</context>
<context>
    <name>AccountManager</name>
    <message>
        <source>Checking sign-in</source>
        <translation>Anmeldung wird geprüft</translation>
    </message>
    <message>
        <source>Checking the keyring</source>
        <translation>Schlüsselbund wird geprüft</translation>
    </message>
    <message>
        <source>FLOWNALLY_TOKEN is set: unset it to stay signed out next time.</source>
        <translation>FLOWNALLY_TOKEN ist gesetzt: entfernen Sie die Variable, um beim nächsten Mal abgemeldet zu bleiben.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <extracomment>The keyring backend&apos;s class name in a credentials message: for the log, not for people. The profile name the in-app sandbox signs in as (never saved in the profiles file). Makes a client for one worker thread, with that task&apos;s cancel event. Signed in, signed out, or another profile. Why the last attempt to restore a sign-in did not work (shown in the account menu). Whether that was because no OS keyring can keep a token (a short note says so).</extracomment>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Not signed in: sign in to work with journeys on Flownally</source>
        <translation>Nicht angemeldet: melden Sie sich an, um mit Journeys auf Flownally zu arbeiten</translation>
    </message>
    <message>
        <source>Paste your API token to sign in.</source>
        <translation>Fügen Sie Ihr API-Token ein, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Sandbox · {host}</source>
        <translation>Sandbox · {host}</translation>
    </message>
    <message>
        <source>Signing in to {url}</source>
        <translation>Anmeldung bei {url}</translation>
    </message>
    <message>
        <source>Signing out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Starting the sandbox</source>
        <translation>Sandbox wird gestartet</translation>
    </message>
    <message>
        <source>This token cannot list journeys ({scope}).</source>
        <translation>Mit diesem Token lassen sich keine Journeys auflisten ({scope}).</translation>
    </message>
    <message>
        <source>{profile} · {host} (FLOWNALLY_TOKEN)</source>
        <translation>{profile} · {host} (FLOWNALLY_TOKEN)</translation>
    </message>
    <message>
        <source>{profile} · {host} (this session)</source>
        <translation>{profile} · {host} (nur diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;About Journey Builder</source>
        <translation>Ü&amp;ber Journey Builder</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Export Image…</source>
        <translation>Bild &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Find Steps…</source>
        <translation>Schritte &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Fit Journey</source>
        <translation>Ganze Journey &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>&amp;Minikarte</translation>
    </message>
    <message>
        <source>&amp;New Journey</source>
        <translation>&amp;Neue Journey</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <source>Add Step &amp;After Selected…</source>
        <translation>Schritt &amp;nach Auswahl einfügen…</translation>
    </message>
    <message>
        <source>Add a step after the selected one, chosen by typing</source>
        <translation>Einen Schritt nach dem ausgewählten einfügen, per Eingabe gewählt</translation>
    </message>
    <message>
        <source>Arrange the steps top to bottom</source>
        <translation>Die Schritte von oben nach unten anordnen</translation>
    </message>
    <message>
        <source>Auto-&amp;layout</source>
        <translation>Automatisch &amp;anordnen</translation>
    </message>
    <message>
        <source>Close Journey Builder</source>
        <translation>Journey Builder schließen</translation>
    </message>
    <message>
        <source>Close this journey</source>
        <translation>Diese Journey schließen</translation>
    </message>
    <message>
        <source>Co&amp;nnect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Connect an output of a step to another step</source>
        <translation>Einen Ausgang eines Schritts mit einem anderen Schritt verbinden</translation>
    </message>
    <message>
        <source>Copy the selected steps</source>
        <translation>Die ausgewählten Schritte kopieren</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Cut the selected steps</source>
        <translation>Die ausgewählten Schritte ausschneiden</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected steps and connections</source>
        <translation>Die ausgewählten Schritte und Verbindungen löschen</translation>
    </message>
    <message>
        <source>Duplicate the selected steps</source>
        <translation>Die ausgewählten Schritte duplizieren</translation>
    </message>
    <message>
        <source>Find steps by title, summary or id</source>
        <translation>Schritte nach Titel, Zusammenfassung oder ID suchen</translation>
    </message>
    <message>
        <source>Go to &amp;Canvas</source>
        <translation>Zur &amp;Arbeitsfläche</translation>
    </message>
    <message>
        <source>Go to &amp;Inspector</source>
        <translation>Zu den &amp;Eigenschaften</translation>
    </message>
    <message>
        <source>Go to &amp;Problems</source>
        <translation>Zu den &amp;Problemen</translation>
    </message>
    <message>
        <source>Go to &amp;Steps Panel</source>
        <translation>Zum &amp;Schrittbereich</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Die Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Open a journey file</source>
        <translation>Eine Journey-Datei öffnen</translation>
    </message>
    <message>
        <source>Paste steps</source>
        <translation>Schritte einfügen</translation>
    </message>
    <message>
        <source>Put the keyboard focus in the inspector</source>
        <translation>Den Tastaturfokus in die Eigenschaften setzen</translation>
    </message>
    <message>
        <source>Put the keyboard focus in the problems list</source>
        <translation>Den Tastaturfokus in die Problemliste setzen</translation>
    </message>
    <message>
        <source>Put the keyboard focus in the steps panel</source>
        <translation>Den Tastaturfokus in den Schrittbereich setzen</translation>
    </message>
    <message>
        <source>Put the keyboard focus on the canvas</source>
        <translation>Den Tastaturfokus auf die Arbeitsfläche setzen</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save a picture of the journey (PNG, SVG or PDF)</source>
        <translation>Ein Bild der Journey speichern (PNG, SVG oder PDF)</translation>
    </message>
    <message>
        <source>Save the journey</source>
        <translation>Die Journey speichern</translation>
    </message>
    <message>
        <source>Save the journey to another file</source>
        <translation>Die Journey in einer anderen Datei speichern</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Select every step</source>
        <translation>Alle Schritte auswählen</translation>
    </message>
    <message>
        <source>Show the folder with Journey Builder&apos;s log (for bug reports)</source>
        <translation>Den Ordner mit dem Protokoll von Journey Builder zeigen (für Fehlerberichte)</translation>
    </message>
    <message>
        <source>Show the minimap: the whole journey in the corner, to see and move where you are</source>
        <translation>Minikarte anzeigen: die ganze Journey in der Ecke, um zu sehen und zu steuern, wo Sie sind</translation>
    </message>
    <message>
        <source>Show the selected steps</source>
        <translation>Die ausgewählten Schritte zeigen</translation>
    </message>
    <message>
        <source>Show the welcome page: a new journey, templates, sign-in, the sandbox</source>
        <translation>Die Willkommensseite zeigen: neue Journey, Vorlagen, Anmeldung, Sandbox</translation>
    </message>
    <message>
        <source>Show the whole journey</source>
        <translation>Die ganze Journey zeigen</translation>
    </message>
    <message>
        <source>Snap moved steps to the grid</source>
        <translation>Verschobene Schritte am Raster ausrichten</translation>
    </message>
    <message>
        <source>Start a new journey in a new tab</source>
        <translation>Eine neue Journey in einem neuen Tab beginnen</translation>
    </message>
    <message>
        <source>Version, licence and links</source>
        <translation>Version, Lizenz und Links</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Auf &amp;Auswahl zoomen</translation>
    </message>
    <message>
        <source>Zoom to 100 %</source>
        <translation>Auf 100 % zoomen</translation>
    </message>
</context>
<context>
    <name>AddStepDialog</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a step after “{step}”:</source>
        <translation>Schritt nach „{step}“ einfügen:</translation>
    </message>
    <message>
        <source>Add a step in the middle of the view:</source>
        <translation>Schritt in der Mitte der Ansicht einfügen:</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt einfügen</translation>
    </message>
    <message>
        <source>Filter step types</source>
        <translation>Schritttypen filtern</translation>
    </message>
    <message>
        <source>Step types</source>
        <translation>Schritttypen</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Tippen zum Filtern</translation>
    </message>
</context>
<context>
    <name>BranchesEditor</name>
    <message>
        <source>A split has at most 5 branches</source>
        <translation>Eine Aufteilung hat höchstens 5 Zweige</translation>
    </message>
    <message>
        <source>Branch {number} id</source>
        <translation>ID von Zweig {number}</translation>
    </message>
    <message>
        <source>Branch {number} label</source>
        <translation>Bezeichnung von Zweig {number}</translation>
    </message>
    <message>
        <source>Branch {number} percent</source>
        <translation>Prozent von Zweig {number}</translation>
    </message>
    <message>
        <source>Give every branch the same share</source>
        <translation>Allen Zweigen den gleichen Anteil geben</translation>
    </message>
    <message>
        <source>Remove branch</source>
        <translation>Zweig entfernen</translation>
    </message>
    <message>
        <source>Remove this branch</source>
        <translation>Diesen Zweig entfernen</translation>
    </message>
    <message>
        <source>Split evenly</source>
        <translation>Gleichmäßig aufteilen</translation>
    </message>
    <message>
        <source>Total {percent} %</source>
        <translation>Summe {percent} %</translation>
    </message>
    <message>
        <source>Total {percent} % — the shares must add up to 100 %</source>
        <translation>Summe {percent} % – die Anteile müssen zusammen 100 % ergeben</translation>
    </message>
</context>
<context>
    <name>CanvasAccessibility</name>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>Canvas</source>
        <extracomment>Selection changes larger than this are told as one &quot;selection changed&quot; on the canvas. An event told to assistive technology: its type and the child it concerns (-1: the canvas itself). Emitted whether or not a screen reader listens (tests, logs).</extracomment>
        <translation>Arbeitsfläche</translation>
    </message>
    <message>
        <source>Comes from {sources}</source>
        <translation>Kommt von {sources}</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>From {source} ({output}) to {target}</source>
        <translation>Von {source} ({output}) nach {target}</translation>
    </message>
    <message>
        <source>From {source} to {target}</source>
        <translation>Von {source} nach {target}</translation>
    </message>
    <message>
        <source>Journey with {steps} steps and {connections} connections</source>
        <translation>Journey mit {steps} Schritten und {connections} Verbindungen</translation>
    </message>
    <message>
        <source>Leads nowhere yet</source>
        <translation>Führt noch nirgendwohin</translation>
    </message>
    <message>
        <source>Leads to {targets}</source>
        <translation>Führt zu {targets}</translation>
    </message>
    <message>
        <source>Not connected: {outputs}</source>
        <translation>Nicht verbunden: {outputs}</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab: next and previous step. Alt+arrow keys: the nearest step that way. Arrow keys: move the selected steps. Enter: edit the step in the inspector. Ctrl+Shift+A: add a step after it. Ctrl+L: connect. Delete: delete.</source>
        <translation>Tab und Umschalt+Tab: nächster und vorheriger Schritt. Alt+Pfeiltasten: der nächste Schritt in dieser Richtung. Pfeiltasten: die ausgewählten Schritte verschieben. Eingabe: den Schritt in den Eigenschaften bearbeiten. Strg+Umschalt+A: einen Schritt danach einfügen. Strg+L: verbinden. Entf: löschen.</translation>
    </message>
    <message>
        <source>Unknown step type {type}</source>
        <translation>Unbekannter Schritttyp {type}</translation>
    </message>
    <message>
        <source>a missing step</source>
        <translation>ein fehlender Schritt</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>{count} Probleme</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>A team</source>
        <translation>Ein Team</translation>
    </message>
    <message>
        <source>A user</source>
        <translation>Ein Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add or remove tags.</source>
        <translation>Tags hinzufügen oder entfernen.</translation>
    </message>
    <message>
        <source>Add tags: none yet</source>
        <translation>Tags hinzufügen: noch keine</translation>
    </message>
    <message>
        <source>Add {tags}</source>
        <translation>{tags} hinzufügen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>All of {count} rules</source>
        <translation>Alle {count} Regeln</translation>
    </message>
    <message>
        <source>All rules match</source>
        <translation>Alle Regeln treffen zu</translation>
    </message>
    <message>
        <source>Answer type</source>
        <translation>Antworttyp</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Any of {count} rules</source>
        <translation>Eine von {count} Regeln</translation>
    </message>
    <message>
        <source>Any rule matches</source>
        <translation>Eine Regel trifft zu</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Frage stellen</translation>
    </message>
    <message>
        <source>Ask the contact a question and wait for the answer.</source>
        <translation>Dem Kontakt eine Frage stellen und auf die Antwort warten.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Assign the conversation to a user or team.</source>
        <translation>Die Konversation einem Benutzer oder Team zuweisen.</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Zuweisen an</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Höchstens</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Branch {number}</source>
        <translation>Zweig {number}</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Zweige</translation>
    </message>
    <message>
        <source>Call a web service; take the success or the failure path.</source>
        <translation>Einen Webdienst aufrufen; je nach Ergebnis den Erfolgs- oder Fehlerpfad nehmen.</translation>
    </message>
    <message>
        <source>Card title</source>
        <translation>Kartentitel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear {field}</source>
        <translation>{field} leeren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close conversation</source>
        <translation>Konversation schließen</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contact created</source>
        <translation>Kontakt angelegt</translation>
    </message>
    <message>
        <source>Contact field updated</source>
        <translation>Kontaktfeld geändert</translation>
    </message>
    <message>
        <source>Contact tag added or removed</source>
        <translation>Kontakt-Tag hinzugefügt oder entfernt</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <source>Conversation closed</source>
        <translation>Konversation geschlossen</translation>
    </message>
    <message>
        <source>Conversation opened</source>
        <translation>Konversation geöffnet</translation>
    </message>
    <message>
        <source>Custom event</source>
        <translation>Eigenes Ereignis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>End of journey</source>
        <translation>Ende der Journey</translation>
    </message>
    <message>
        <source>Entry mode</source>
        <translation>Eintrittsmodus</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Ereignisname</translation>
    </message>
    <message>
        <source>Every time the trigger fires</source>
        <translation>Jedes Mal, wenn der Auslöser greift</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Ausstieg</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>Field</source>
        <extracomment>Trigger type -&gt; its parameters (required ones must be present for ``invalid-trigger``).</extracomment>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Field updated</source>
        <translation>Feld geändert</translation>
    </message>
    <message>
        <source>HTTP request</source>
        <translation>HTTP-Anfrage</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>How long to wait before taking the timeout path.</source>
        <translation>Wie lange gewartet wird, bevor der Zeitlimit-Pfad genommen wird.</translation>
    </message>
    <message>
        <source>If {rule}</source>
        <translation>Wenn {rule}</translation>
    </message>
    <message>
        <source>Increment</source>
        <translation>Erhöhen</translation>
    </message>
    <message>
        <source>Increment {field}</source>
        <translation>{field} erhöhen</translation>
    </message>
    <message>
        <source>Increment {field} by {value}</source>
        <translation>{field} um {value} erhöhen</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Jump to</source>
        <translation>Springen zu</translation>
    </message>
    <message>
        <source>Jump to step</source>
        <translation>Zu Schritt springen</translation>
    </message>
    <message>
        <source>Jump to {target} · at most {count}×</source>
        <translation>Springen zu {target} · höchstens {count}×</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Stichwort</translation>
    </message>
    <message>
        <source>Last channel</source>
        <translation>Letzter Kanal</translation>
    </message>
    <message>
        <source>Last channel the contact used</source>
        <translation>Zuletzt vom Kontakt genutzter Kanal</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Live-Chat</translation>
    </message>
    <message>
        <source>Logic</source>
        <translation>Logik</translation>
    </message>
    <message>
        <source>Manual enrolment</source>
        <translation>Manuelle Aufnahme</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Message received</source>
        <translation>Nachricht empfangen</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No branches yet</source>
        <translation>Noch keine Zweige</translation>
    </message>
    <message>
        <source>No rules yet</source>
        <translation>Noch keine Regeln</translation>
    </message>
    <message>
        <source>No trigger</source>
        <translation>Kein Auslöser</translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <translation>Niemand (Zuweisung aufheben)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Once at a time (re-enter after leaving)</source>
        <translation>Einmal gleichzeitig (Wiedereintritt nach dem Verlassen)</translation>
    </message>
    <message>
        <source>Once per contact, ever</source>
        <translation>Einmal pro Kontakt, für immer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Konversation öffnen</translation>
    </message>
    <message>
        <source>Open or close the contact&apos;s conversation.</source>
        <translation>Die Konversation des Kontakts öffnen oder schließen.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Random split</source>
        <translation>Zufallsaufteilung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove tags: none yet</source>
        <translation>Tags entfernen: noch keine</translation>
    </message>
    <message>
        <source>Remove {tags}</source>
        <translation>{tags} entfernen</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>Reihum</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Save answer to field</source>
        <translation>Antwort in Feld speichern</translation>
    </message>
    <message>
        <source>Send a message on a channel, from a template or as text.</source>
        <translation>Eine Nachricht über einen Kanal senden, aus einer Vorlage oder als Text.</translation>
    </message>
    <message>
        <source>Send contacts down 2–5 branches at random, by percentage.</source>
        <translation>Kontakte zufällig nach Prozentanteil auf 2–5 Zweige verteilen.</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Send the contact back to another step, a limited number of times.</source>
        <translation>Den Kontakt zu einem anderen Schritt zurückschicken, begrenzt oft.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>{field} setzen</translation>
    </message>
    <message>
        <source>Set {field} to {value}</source>
        <translation>{field} auf {value} setzen</translation>
    </message>
    <message>
        <source>Set, clear or increment a contact field.</source>
        <translation>Ein Kontaktfeld setzen, leeren oder erhöhen.</translation>
    </message>
    <message>
        <source>Shown on the card; leave empty for the default.</source>
        <translation>Wird auf der Karte gezeigt; leer lassen für den Standard.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Tag hinzugefügt</translation>
    </message>
    <message>
        <source>Tag contact</source>
        <translation>Kontakt taggen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Take the yes or the no path depending on the contact.</source>
        <translation>Je nach Kontakt den Ja- oder den Nein-Pfad nehmen.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The contact leaves the journey.</source>
        <translation>Der Kontakt verlässt die Journey.</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Timeout (seconds)</source>
        <translation>Zeitlimit (Sekunden)</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitsteuerung</translation>
    </message>
    <message>
        <source>To team {id}</source>
        <translation>An Team {id}</translation>
    </message>
    <message>
        <source>To user {id}</source>
        <translation>An Benutzer {id}</translation>
    </message>
    <message>
        <source>Trigger</source>
        <extracomment>Category name -&gt; the order the palette shows them in.</extracomment>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Unknown type “{type}”</source>
        <translation>Unbekannter Typ „{type}“</translation>
    </message>
    <message>
        <source>Update contact</source>
        <translation>Kontakt aktualisieren</translation>
    </message>
    <message>
        <source>Update {field}</source>
        <translation>{field} aktualisieren</translation>
    </message>
    <message>
        <source>Used when no template is set.</source>
        <translation>Wird verwendet, wenn keine Vorlage gesetzt ist.</translation>
    </message>
    <message>
        <source>User or team id</source>
        <translation>Benutzer- oder Team-ID</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>Wait for a fixed time.</source>
        <translation>Eine feste Zeit warten.</translation>
    </message>
    <message>
        <source>Wait for event</source>
        <translation>Auf Ereignis warten</translation>
    </message>
    <message>
        <source>Wait until something happens, or give up after a timeout.</source>
        <translation>Warten, bis etwas passiert, oder nach einem Zeitlimit aufgeben.</translation>
    </message>
    <message>
        <source>Wait {duration}</source>
        <translation>{duration} warten</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Where contacts enter: the journey&apos;s trigger and entry mode.</source>
        <translation>Hier treten Kontakte ein: Auslöser und Eintrittsmodus der Journey.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>contact field</source>
        <translation>Kontaktfeld</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>enthält nicht</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>ist nicht gleich</translation>
    </message>
    <message>
        <source>does not have tag</source>
        <translation>hat das Tag nicht</translation>
    </message>
    <message>
        <source>equals</source>
        <extracomment>Rule operators (conditions of triggers and of the ``condition`` node).</extracomment>
        <translation>ist gleich</translation>
    </message>
    <message>
        <source>every time</source>
        <translation>jedes Mal</translation>
    </message>
    <message>
        <source>has tag</source>
        <translation>hat das Tag</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>ist größer als</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>ist kleiner als</translation>
    </message>
    <message>
        <source>is not set</source>
        <translation>ist nicht gesetzt</translation>
    </message>
    <message>
        <source>is set</source>
        <translation>ist gesetzt</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>once per contact</source>
        <extracomment>Entry modes as a card&apos;s summary names them (the inspector shows the long labels).</extracomment>
        <translation>einmal pro Kontakt</translation>
    </message>
    <message>
        <source>one run at a time</source>
        <translation>ein Durchlauf gleichzeitig</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>{channel} · no content yet</source>
        <translation>{channel} · noch kein Inhalt</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} Tag</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} Tage</translation>
    </message>
    <message>
        <source>{count} hour</source>
        <translation>{count} Stunde</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} Stunden</translation>
    </message>
    <message>
        <source>{count} minute</source>
        <extracomment>Unit -&gt; (one, other): how long a wait is (&quot;1 day&quot;, &quot;3 days&quot;).</extracomment>
        <translation>{count} Minute</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} Minuten</translation>
    </message>
    <message>
        <source>{count} week</source>
        <translation>{count} Woche</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} Wochen</translation>
    </message>
    <message>
        <source>{event} · up to {duration}</source>
        <translation>{event} · bis zu {duration}</translation>
    </message>
    <message>
        <source>{method} · no URL yet</source>
        <translation>{method} · noch keine URL</translation>
    </message>
    <message>
        <source>{} for none, or {&quot;match&quot;: &quot;all&quot;, &quot;rules&quot;: [ … ]}</source>
        <translation>{} für keine, oder {&quot;match&quot;: &quot;all&quot;, &quot;rules&quot;: [ … ]}</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <source>{value} (not a known value)</source>
        <extracomment>The value the user picked (emitted only on a user&apos;s choice).</extracomment>
        <translation>{value} (kein bekannter Wert)</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>– nicht gesetzt –</translation>
    </message>
</context>
<context>
    <name>CohortInputs</name>
    <message>
        <source> contacts</source>
        <translation> Kontakte</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n contact(s)</source>
        <translation>
            <numerusform>%1: %n Kontakt</numerusform>
            <numerusform>%1: %n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From a file</source>
        <translation>Aus einer &amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <extracomment>The most contacts the panel generates or reads. The choice or the number changed.</extracomment>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Answer ra&amp;te</source>
        <translation>Antwort&amp;quote</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>Antwortquote</translation>
    </message>
    <message>
        <source>Contacts from a file</source>
        <translation>Kontakte aus einer Datei</translation>
    </message>
    <message>
        <source>Contacts made from the fields and tags the journey&apos;s rules mention</source>
        <translation>Kontakte aus den Feldern und Tags, die in den Regeln der Journey vorkommen</translation>
    </message>
    <message>
        <source>Generate contacts</source>
        <translation>Kontakte erzeugen</translation>
    </message>
    <message>
        <source>How many of the generated contacts answer each question and see each event</source>
        <translation>Wie viele der erzeugten Kontakte jede Frage beantworten und jedes Ereignis erleben</translation>
    </message>
    <message>
        <source>Load CSV/JSONL…</source>
        <translation>CSV/JSONL laden…</translation>
    </message>
    <message>
        <source>Load Contacts</source>
        <translation>Kontakte laden</translation>
    </message>
    <message>
        <source>Load contacts from a CSV or JSON lines file</source>
        <translation>Kontakte aus einer CSV- oder JSON-Lines-Datei laden</translation>
    </message>
    <message>
        <source>Loaded file</source>
        <translation>Geladene Datei</translation>
    </message>
    <message>
        <source>No file loaded</source>
        <translation>Keine Datei geladen</translation>
    </message>
    <message>
        <source>Number of contacts to generate</source>
        <translation>Anzahl der zu erzeugenden Kontakte</translation>
    </message>
    <message>
        <source>more than %1 contacts: use a smaller file</source>
        <translation>mehr als %1 Kontakte: verwenden Sie eine kleinere Datei</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>The tag on a marked card, and the word in the list of differences.</extracomment>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>The journey&apos;s entry mode differs</source>
        <translation>Der Eintrittsmodus der Journey unterscheidet sich</translation>
    </message>
    <message>
        <source>The journey&apos;s name differs</source>
        <translation>Der Name der Journey unterscheidet sich</translation>
    </message>
    <message>
        <source>The journey&apos;s trigger differs</source>
        <translation>Der Auslöser der Journey unterscheidet sich</translation>
    </message>
    <message>
        <source>The journey&apos;s “{field}” differs</source>
        <translation>„{field}“ der Journey unterscheidet sich</translation>
    </message>
    <message>
        <source>connections: {counts}</source>
        <translation>Verbindungen: {counts}</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>keine Unterschiede</translation>
    </message>
    <message>
        <source>steps: {counts}</source>
        <translation>Schritte: {counts}</translation>
    </message>
    <message>
        <source>{count} added</source>
        <extracomment>The whole comparison of the definitions (for :func:`summary_text`).</extracomment>
        <translation>{count} hinzugefügt</translation>
    </message>
    <message>
        <source>{count} changed</source>
        <translation>{count} geändert</translation>
    </message>
    <message>
        <source>{count} moved</source>
        <translation>{count} verschoben</translation>
    </message>
    <message>
        <source>{count} removed</source>
        <translation>{count} entfernt</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Both copies changed</source>
        <translation>Beide Kopien geändert</translation>
    </message>
    <message>
        <source>Close; the journey stays marked as in conflict</source>
        <translation>Schließen; die Journey bleibt als Konflikt markiert</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Entry mode</source>
        <translation>Eintrittsmodus</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Anordnung</translation>
    </message>
    <message>
        <source>Merge Both</source>
        <translation>Beide zusammenführen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No trigger</source>
        <translation>Kein Auslöser</translation>
    </message>
    <message>
        <source>Not possible: both copies changed the parts marked ⚠.</source>
        <translation>Nicht möglich: Beide Kopien haben die mit ⚠ markierten Teile geändert.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>Only sync details differ: the content is the same.</source>
        <translation>Nur Synchronisierungsdetails unterscheiden sich: Der Inhalt ist gleich.</translation>
    </message>
    <message>
        <source>Push your version over the server&apos;s copy. Their change is lost.</source>
        <translation>Ihre Version über die Kopie auf dem Server hochladen. Deren Änderung geht verloren.</translation>
    </message>
    <message>
        <source>Put the server&apos;s changes and yours together in the open journey (Edit › Undo takes it back), then push.</source>
        <translation>Die Änderungen vom Server und Ihre in der geöffneten Journey zusammenführen (Bearbeiten › Rückgängig nimmt es zurück), dann hochladen.</translation>
    </message>
    <message>
        <source>Replace your draft with the server&apos;s copy. Edit › Undo brings yours back.</source>
        <translation>Ihren Entwurf durch die Kopie vom Server ersetzen. Bearbeiten › Rückgängig holt Ihre zurück.</translation>
    </message>
    <message>
        <source>Since you last synced, the server&apos;s copy and yours changed different parts of this journey, so both sets of changes can be kept. Nothing has been overwritten.</source>
        <translation>Seit Ihrer letzten Synchronisierung haben die Kopie auf dem Server und Ihre verschiedene Teile dieser Journey geändert, daher lassen sich beide Änderungen behalten. Nichts wurde überschrieben.</translation>
    </message>
    <message>
        <source>Since you last synced, the server&apos;s copy and yours changed the same parts of this journey (marked ⚠). Choose which copy to keep. Nothing has been overwritten.</source>
        <translation>Seit Ihrer letzten Synchronisierung haben die Kopie auf dem Server und Ihre dieselben Teile dieser Journey geändert (markiert mit ⚠). Wählen Sie, welche Kopie Sie behalten. Nichts wurde überschrieben.</translation>
    </message>
    <message>
        <source>Someone saved a change to this journey on the server since you last synced (the server&apos;s copy was saved {moment}), and you have edits that are not pushed. Nothing has been overwritten.</source>
        <translation>Seit Ihrer letzten Synchronisierung hat jemand eine Änderung an dieser Journey auf dem Server gespeichert (die Kopie auf dem Server wurde {moment} gespeichert), und Sie haben Änderungen, die noch nicht hochgeladen sind. Nichts wurde überschrieben.</translation>
    </message>
    <message>
        <source>Someone saved a change to this journey on the server since you last synced, and you have edits that are not pushed. Nothing has been overwritten.</source>
        <translation>Seit Ihrer letzten Synchronisierung hat jemand eine Änderung an dieser Journey auf dem Server gespeichert, und Sie haben Änderungen, die noch nicht hochgeladen sind. Nichts wurde überschrieben.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Deren übernehmen</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Was sich unterscheidet</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Yours becomes a new journey on the server, “{name}”; theirs comes into your library.</source>
        <translation>Ihre wird eine neue Journey auf dem Server, „{name}“; deren kommt in Ihre Bibliothek.</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>unterscheidet sich</translation>
    </message>
    <message>
        <source>{count} only in yours</source>
        <translation>{count} nur in Ihrer</translation>
    </message>
    <message>
        <source>{count} only on the server</source>
        <translation>{count} nur auf dem Server</translation>
    </message>
    <message>
        <source>{count} set up differently</source>
        <translation>{count} anders eingerichtet</translation>
    </message>
    <message>
        <source>{count} steps</source>
        <translation>{count} Schritte</translation>
    </message>
    <message>
        <source>{count} steps placed differently</source>
        <translation>{count} Schritte anders platziert</translation>
    </message>
    <message>
        <source>“{name}” changed on Flownally and here</source>
        <extracomment>(what, yours, the server&apos;s): the two-way summary (shown when there is no base copy).</extracomment>
        <translation>„{name}“ wurde auf Flownally und hier geändert</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>Both copies changed the same parts of “{name}”, so they cannot be merged automatically: {overlaps}</source>
        <translation>Beide Kopien haben dieselben Teile von „{name}“ geändert, daher lassen sie sich nicht automatisch zusammenführen: {overlaps}</translation>
    </message>
    <message>
        <source>Keeping both copies</source>
        <translation>Beide Kopien werden behalten</translation>
    </message>
    <message>
        <source>Kept both: yours is “{mine}”, a new journey on the server; theirs is in your library as “{theirs}”</source>
        <translation>Beide behalten: Ihre ist „{mine}“, eine neue Journey auf dem Server; deren liegt in Ihrer Bibliothek als „{theirs}“</translation>
    </message>
    <message>
        <source>Merge the server&apos;s changes</source>
        <translation>Änderungen vom Server zusammenführen</translation>
    </message>
    <message>
        <source>Saving the merge</source>
        <translation>Zusammenführung wird gespeichert</translation>
    </message>
    <message>
        <source>Take the server&apos;s copy</source>
        <extracomment>The &quot;newer on the server&quot; bar of each journey with one showing.</extracomment>
        <translation>Kopie vom Server übernehmen</translation>
    </message>
    <message>
        <source>Taking the server&apos;s copy</source>
        <translation>Kopie vom Server wird übernommen</translation>
    </message>
    <message>
        <source>The server has a newer version of a journey that is not open; open it and choose Journey › Update from Flownally to take it</source>
        <translation>Der Server hat eine neuere Version einer Journey, die nicht geöffnet ist; öffnen Sie sie und wählen Sie Journey › Von Flownally aktualisieren, um sie zu übernehmen</translation>
    </message>
    <message>
        <source>Took the server&apos;s copy (Edit › Undo brings yours back)</source>
        <translation>Kopie vom Server übernommen (Bearbeiten › Rückgängig holt Ihre zurück)</translation>
    </message>
    <message>
        <source>Took the server&apos;s copy of “{name}”</source>
        <translation>Kopie von „{name}“ vom Server übernommen</translation>
    </message>
    <message>
        <source>keep both</source>
        <translation>beide behalten</translation>
    </message>
    <message>
        <source>pull</source>
        <translation>abrufen</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Choose a step to connect to.</source>
        <translation>Wählen Sie einen Schritt als Ziel.</translation>
    </message>
    <message>
        <source>Choose the step to connect from.</source>
        <translation>Wählen Sie den Schritt, von dem die Verbindung ausgeht.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connect steps</source>
        <extracomment>Item data of an output that already has a connection.</extracomment>
        <translation>Schritte verbinden</translation>
    </message>
    <message>
        <source>Connects “{source}” ({output}) to “{target}”.</source>
        <translation>Verbindet „{source}“ ({output}) mit „{target}“.</translation>
    </message>
    <message>
        <source>From step</source>
        <translation>Von Schritt</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>To step</source>
        <translation>Zu Schritt</translation>
    </message>
    <message>
        <source>{output} (connected)</source>
        <translation>{output} (verbunden)</translation>
    </message>
    <message>
        <source>“{step}” has no outputs to connect.</source>
        <translation>„{step}“ hat keine Ausgänge zum Verbinden.</translation>
    </message>
</context>
<context>
    <name>ConnectionMonitor</name>
    <message>
        <source>Checking the connection</source>
        <extracomment>Seconds between retries while offline (the last one repeats). Seconds between retries while offline (the last one repeats). The last connection failure, for the status bar&apos;s tooltip.</extracomment>
        <translation>Verbindung wird geprüft</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <source>Add a field</source>
        <translation>Ein Feld hinzufügen</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>Contact</source>
        <extracomment>The contact was changed by the user.</extracomment>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contact as JSON</source>
        <translation>Kontakt als JSON</translation>
    </message>
    <message>
        <source>Contact fields</source>
        <translation>Kontaktfelder</translation>
    </message>
    <message>
        <source>Contact tags</source>
        <translation>Kontakt-Tags</translation>
    </message>
    <message>
        <source>Edit or paste the contact as JSON</source>
        <translation>Den Kontakt als JSON bearbeiten oder einfügen</translation>
    </message>
    <message>
        <source>Edit the contact as JSON</source>
        <translation>Den Kontakt als JSON bearbeiten</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>One row per field: its name and its value (3, true and null are typed)</source>
        <translation>Eine Zeile pro Feld: Name und Wert (3, true und null werden als Typ erkannt)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected fields</source>
        <translation>Die ausgewählten Felder entfernen</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>The contact&apos;s tags, separated by commas</source>
        <translation>Die Tags des Kontakts, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>contact JSON</source>
        <translation>Kontakt-JSON</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>row %1 has a value but no field name</source>
        <translation>Zeile %1 hat einen Wert, aber keinen Feldnamen</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>das JSON ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is there twice</source>
        <translation>das Feld &apos;%1&apos; kommt doppelt vor</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>An unexpected error stopped what Journey Builder was doing.</source>
        <extracomment>The box&apos;s first line: what happened, in one sentence.</extracomment>
        <translation>Ein unerwarteter Fehler hat Journey Builder bei der Arbeit unterbrochen.</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <extracomment>The box on screen, if any (one at a time; the log has every error).</extracomment>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
</context>
<context>
    <name>DockTabNamer</name>
    <message>
        <source>Panels</source>
        <translation>Bereiche</translation>
    </message>
</context>
<context>
    <name>DraftBinding</name>
    <message>
        <source>Not saved to the library: {error}</source>
        <translation>Nicht in der Bibliothek gespeichert: {error}</translation>
    </message>
    <message>
        <source>Saving {name}</source>
        <extracomment>Seconds from an edit to the start of its save. Seconds before a failed save (a full disk) is tried again. A save landed: the entry as the library now has it. A save failed; the text is a sentence for the status bar. The edit stays pending.</extracomment>
        <translation>{name} wird gespeichert</translation>
    </message>
</context>
<context>
    <name>EditableJourney</name>
    <message>
        <source>A step cannot lead to itself.</source>
        <extracomment>Vertical distance between a node and one added after it when no position is given. Horizontal distance between the outputs&apos; children of a branching node.</extracomment>
        <translation>Ein Schritt kann nicht zu sich selbst führen.</translation>
    </message>
    <message>
        <source>A step id cannot be empty.</source>
        <translation>Eine Schritt-ID darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Add {step}</source>
        <translation>{step} einfügen</translation>
    </message>
    <message>
        <source>Add {step} after {other}</source>
        <translation>{step} nach {other} einfügen</translation>
    </message>
    <message>
        <source>Another step already has the id “{id}”.</source>
        <translation>Ein anderer Schritt hat schon die ID „{id}“.</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <source>Change entry mode</source>
        <translation>Eintrittsmodus ändern</translation>
    </message>
    <message>
        <source>Change trigger</source>
        <translation>Auslöser ändern</translation>
    </message>
    <message>
        <source>Connect {source} to {target}</source>
        <translation>{source} mit {target} verbinden</translation>
    </message>
    <message>
        <source>Connect {source} {output} to {target}</source>
        <translation>{source} {output} mit {target} verbinden</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung löschen</numerusform>
            <numerusform>%n Verbindungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>%n Schritt löschen</numerusform>
            <numerusform>%n Schritte löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {step}</source>
        <translation>{step} löschen</translation>
    </message>
    <message>
        <source>Edit journey settings</source>
        <translation>Journey-Einstellungen bearbeiten</translation>
    </message>
    <message>
        <source>Edit {step}</source>
        <translation>{step} bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>%n Schritt verschieben</numerusform>
            <numerusform>%n Schritte verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Move {step}</source>
        <translation>{step} verschieben</translation>
    </message>
    <message>
        <source>Nothing can lead into the start step: contacts enter there from the trigger.</source>
        <translation>Nichts kann in den Startschritt führen: Dort treten Kontakte über den Auslöser ein.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n step(s)</source>
        <translation>
            <numerusform>%n Schritt einfügen</numerusform>
            <numerusform>%n Schritte einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename journey</source>
        <translation>Journey umbenennen</translation>
    </message>
    <message>
        <source>Rename step {old} to {new}</source>
        <translation>Schritt {old} in {new} umbenennen</translation>
    </message>
    <message>
        <source>The output {output} is already connected and “{step}” has no output to pass contacts on; delete the connection first.</source>
        <translation>Der Ausgang {output} ist schon verbunden, und „{step}“ hat keinen Ausgang, um Kontakte weiterzugeben; löschen Sie zuerst die Verbindung.</translation>
    </message>
    <message>
        <source>The output {output} is already connected; delete its connection first.</source>
        <translation>Der Ausgang {output} ist schon verbunden; löschen Sie zuerst seine Verbindung.</translation>
    </message>
    <message>
        <source>These steps are already connected this way.</source>
        <translation>Diese Schritte sind schon so verbunden.</translation>
    </message>
    <message>
        <source>“{step}” ends the journey; it has no outputs to connect.</source>
        <translation>„{step}“ beendet die Journey; es hat keine Ausgänge zum Verbinden.</translation>
    </message>
    <message>
        <source>“{step}” has no output named “{handle}”.</source>
        <translation>„{step}“ hat keinen Ausgang namens „{handle}“.</translation>
    </message>
    <message>
        <source>“{step}” has no outputs to connect.</source>
        <translation>„{step}“ hat keine Ausgänge zum Verbinden.</translation>
    </message>
    <message>
        <source>“{step}” jumps elsewhere; it has no outputs to connect.</source>
        <translation>„{step}“ springt woandershin; es hat keine Ausgänge zum Verbinden.</translation>
    </message>
</context>
<context>
    <name>EditorTab</name>
    <message>
        <source>Canvas</source>
        <extracomment>Shown after the journey&apos;s name in the tab while it has unsaved changes. Journeys with more steps than this open a slice at a time (fewer take a few milliseconds).</extracomment>
        <translation>Arbeitsfläche</translation>
    </message>
    <message>
        <source>Opening the journey</source>
        <translation>Journey wird geöffnet</translation>
    </message>
    <message>
        <source>Opening {name}: {percent} % of the steps drawn</source>
        <translation>{name} wird geöffnet: {percent} % der Schritte gezeichnet</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>EndsChart</name>
    <message>
        <source>How the paths ended</source>
        <translation>Wie die Wege endeten</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Could not connect to {url} ({why})</source>
        <translation>Keine Verbindung zu {url} möglich ({why})</translation>
    </message>
    <message>
        <source>No connection to the server became free in time</source>
        <translation>Keine Verbindung zum Server wurde rechtzeitig frei</translation>
    </message>
    <message>
        <source>The connection broke before the whole answer arrived</source>
        <translation>Die Verbindung brach ab, bevor die ganze Antwort ankam</translation>
    </message>
    <message>
        <source>The connection broke while the request was being sent</source>
        <translation>Die Verbindung brach ab, während die Anfrage gesendet wurde</translation>
    </message>
    <message>
        <source>The connection to the server failed ({kind})</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen ({kind})</translation>
    </message>
    <message>
        <source>The server closed the connection without a complete answer</source>
        <translation>Der Server hat die Verbindung ohne vollständige Antwort geschlossen</translation>
    </message>
    <message>
        <source>The server did not accept a connection within {seconds} s</source>
        <extracomment>Nesting deeper than this is refused (the JSON parser&apos;s own limit, and the journey files&apos;). What each answer should have been, in words.</extracomment>
        <translation>Der Server hat innerhalb von {seconds} s keine Verbindung angenommen</translation>
    </message>
    <message>
        <source>The server did not answer within {seconds} s</source>
        <translation>Der Server hat nicht innerhalb von {seconds} s geantwortet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an object with no keys</source>
        <translation>ein Objekt ohne Schlüssel</translation>
    </message>
    <message>
        <source>an object with {keys}</source>
        <translation>ein Objekt mit {keys}</translation>
    </message>
    <message>
        <source>cannot read it ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>could not write the file ({reason}); nothing was changed</source>
        <translation>die Datei konnte nicht geschrieben werden ({reason}); nichts wurde geändert</translation>
    </message>
    <message>
        <source>expected a journey file (an object with &quot;name&quot; and &quot;definition&quot;), a journey or a journey version as the API returns them, or a workflow definition (an object with &quot;nodes&quot; and &quot;edges&quot;)</source>
        <extracomment>The translation context of error sentences. What an import accepts, as the refusal of anything else says it.</extracomment>
        <translation>erwartet wurde eine Journey-Datei (ein Objekt mit &quot;name&quot; und &quot;definition&quot;), eine Journey oder eine Journey-Version, wie die API sie liefert, oder eine Workflow-Definition (ein Objekt mit &quot;nodes&quot; und &quot;edges&quot;)</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {problem} — the file is not valid JSON</source>
        <translation>Zeile {line}, Spalte {column}: {problem} – die Datei ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>this is a folder, not a journey file</source>
        <translation>das ist ein Ordner, keine Journey-Datei</translation>
    </message>
    <message>
        <source>this is not UTF-8 text (byte {byte} at offset {offset}); journey files are JSON in UTF-8</source>
        <translation>das ist kein UTF-8-Text (Byte {byte} an Position {offset}); Journey-Dateien sind JSON in UTF-8</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>{expected}; found {found}</source>
        <translation>{expected}; gefunden: {found}</translation>
    </message>
</context>
<context>
    <name>ErrorsBanner</name>
    <message>
        <source>Journey errors</source>
        <translation>Fehler der Journey</translation>
    </message>
    <message>
        <source>Run anyway</source>
        <translation>Trotzdem ausführen</translation>
    </message>
    <message>
        <source>Run the preview anyway</source>
        <translation>Vorschau trotzdem ausführen</translation>
    </message>
    <message numerus="yes">
        <source>This journey has %n error(s); the preview may not match what will run.</source>
        <translation>
            <numerusform>Diese Journey hat %n Fehler; die Vorschau entspricht womöglich nicht dem, was ausgeführt wird.</numerusform>
            <numerusform>Diese Journey hat %n Fehler; die Vorschau entspricht womöglich nicht dem, was ausgeführt wird.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventTable</name>
    <message>
        <source>Add an event</source>
        <translation>Ein Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Any step</source>
        <translation>Beliebiger Schritt</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Event script</source>
        <translation>Ereignisskript</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Events</source>
        <extracomment>Which key of an event the Name column holds, by event type. The script was changed by the user.</extracomment>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>One row per event: when it happens after entry (like 2d3h), its type, the step it is for, its name (custom event, tag or field) and its value</source>
        <translation>Eine Zeile pro Ereignis: wann es nach dem Eintritt geschieht (z. B. 2d3h), sein Typ, der Schritt, für den es gilt, sein Name (eigenes Ereignis, Tag oder Feld) und sein Wert</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected events</source>
        <translation>Die ausgewählten Ereignisse entfernen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Step the event is for</source>
        <translation>Schritt, für den das Ereignis gilt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>event row %1</source>
        <translation>Ereigniszeile %1</translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <source>(vector: every card in full detail)</source>
        <translation>(Vektor: jede Karte in allen Einzelheiten)</translation>
    </message>
    <message>
        <source>({count} pages)</source>
        <translation>({count} Seiten)</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>2,000 pixels wide</source>
        <translation>2.000 Pixel breit</translation>
    </message>
    <message>
        <source>A4 pages</source>
        <translation>A4-Seiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cannot export the image</source>
        <translation>Das Bild kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Cannot export this: {reason}</source>
        <translation>Das lässt sich nicht exportieren: {reason}</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>Aktuelle Ansicht</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Eigene Größe</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Draw:</source>
        <translation>Zeichnen:</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>Exported {width} × {height} image to {file}</source>
        <translation>Bild mit {width} × {height} nach {file} exportiert</translation>
    </message>
    <message>
        <source>Exporting the image…</source>
        <translation>Bild wird exportiert…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Letter pages</source>
        <translation>Letter-Seiten</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>One page</source>
        <translation>Eine Seite</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Seiten:</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <source>Selection (1 step)</source>
        <translation>Auswahl (1 Schritt)</translation>
    </message>
    <message>
        <source>Selection ({count} steps)</source>
        <translation>Auswahl ({count} Schritte)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Slide (fits 1,920 × 1,080)</source>
        <extracomment>Size presets: key -&gt; (label, scale, width, height); None where the preset leaves it open.</extracomment>
        <translation>Folie (passt in 1.920 × 1.080)</translation>
    </message>
    <message>
        <source>What the export gives</source>
        <translation>Was der Export ergibt</translation>
    </message>
    <message>
        <source>Whole journey</source>
        <translation>Ganze Journey</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Width × height:</source>
        <translation>Breite × Höhe:</translation>
    </message>
    <message>
        <source>any height</source>
        <translation>beliebige Höhe</translation>
    </message>
    <message>
        <source>any width</source>
        <translation>beliebige Breite</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} Seiten</translation>
    </message>
    <message>
        <source>{count} steps</source>
        <translation>{count} Schritte</translation>
    </message>
    <message>
        <source>{width} × {height} pixels at {percent} %</source>
        <translation>{width} × {height} Pixel bei {percent} %</translation>
    </message>
</context>
<context>
    <name>FieldBlock</name>
    <message>
        <source>Shown as JSON: the value has a shape this field does not expect.</source>
        <translation>Als JSON gezeigt: Der Wert hat eine Form, die dieses Feld nicht erwartet.</translation>
    </message>
</context>
<context>
    <name>FilesWindow</name>
    <message>
        <source>Cannot open the journey</source>
        <translation>Die Journey kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot save the journey</source>
        <translation>Die Journey kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Journey files (*.journey.json *.json);;All files (*)</source>
        <extracomment>How long a hint stays in the status bar.</extracomment>
        <translation>Journey-Dateien (*.journey.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Open journey</source>
        <translation>Journey öffnen</translation>
    </message>
    <message>
        <source>Save journey as</source>
        <translation>Journey speichern unter</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} gespeichert</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>Unbenannte Journey</translation>
    </message>
    <message>
        <source>Your changes are still here, not saved.</source>
        <translation>Ihre Änderungen sind noch da, aber nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>FinalContactView</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>At entry</source>
        <translation>Beim Eintritt</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Am Ende</translation>
    </message>
    <message>
        <source>Contact at the end</source>
        <translation>Kontakt am Ende</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>The contact&apos;s fields and tags when its path ended; changes are marked</source>
        <translation>Felder und Tags des Kontakts am Ende seines Wegs; Änderungen sind markiert</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>geleert</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>entfernt: %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Find steps</source>
        <translation>Schritte suchen</translation>
    </message>
    <message>
        <source>Find steps by title, summary or id</source>
        <translation>Schritte nach Titel, Zusammenfassung oder ID suchen</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} von {count}</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Open or create a journey to edit it.</source>
        <translation>Öffnen oder erstellen Sie eine Journey, um sie zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>IntegerEditor</name>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>JourneyForm</name>
    <message>
        <source>Choose how often a contact may enter.</source>
        <translation>Wählen Sie, wie oft ein Kontakt eintreten darf.</translation>
    </message>
    <message>
        <source>Entry mode</source>
        <translation>Eintrittsmodus</translation>
    </message>
    <message>
        <source>Give the journey a name.</source>
        <translation>Geben Sie der Journey einen Namen.</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Journey name</source>
        <translation>Name der Journey</translation>
    </message>
    <message>
        <source>Last seen on the server {when}</source>
        <translation>Zuletzt auf dem Server gesehen: {when}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Remote journey {id}</source>
        <translation>Journey auf dem Server {id}</translation>
    </message>
    <message>
        <source>Remote journey {id}, last seen on the server {when}</source>
        <translation>Journey auf dem Server {id}, zuletzt gesehen: {when}</translation>
    </message>
    <message>
        <source>Select a step on the canvas to edit it. These settings belong to the whole journey.</source>
        <translation>Wählen Sie einen Schritt auf der Arbeitsfläche, um ihn zu bearbeiten. Diese Einstellungen gelten für die ganze Journey.</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>Unbenannte Journey</translation>
    </message>
    <message>
        <source>What starts the journey for a contact.</source>
        <translation>Was die Journey für einen Kontakt startet.</translation>
    </message>
    <message>
        <source>“{mode}” is not an entry mode this app knows.</source>
        <translation>„{mode}“ ist kein Eintrittsmodus, den diese App kennt.</translation>
    </message>
</context>
<context>
    <name>JourneyList</name>
    <message>
        <source>Changed here and on Flownally: choose which to keep (Push)</source>
        <translation>Hier und auf Flownally geändert: Wählen Sie, was Sie behalten (Hochladen)</translation>
    </message>
    <message>
        <source>Changed on Flownally since you last synced: update it</source>
        <translation>Seit der letzten Synchronisierung auf Flownally geändert: aktualisieren Sie sie</translation>
    </message>
    <message>
        <source>Changed remotely</source>
        <translation>Extern geändert</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Edited here since the last push</source>
        <translation>Hier seit dem letzten Hochladen bearbeitet</translation>
    </message>
    <message>
        <source>Local only</source>
        <extracomment>Item data roles the delegate reads: a :class:`Badge` and the second line. Sync state -&gt; (text, kind, tip); the texts are translated when a badge is made.</extracomment>
        <translation>Nur lokal</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Only in this library: not on Flownally yet</source>
        <translation>Nur in dieser Bibliothek: noch nicht auf Flownally</translation>
    </message>
    <message>
        <source>Status on Flownally: {status}</source>
        <translation>Status auf Flownally: {status}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>The same as on Flownally</source>
        <translation>Wie auf Flownally</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>gestern {time}</translation>
    </message>
</context>
<context>
    <name>JourneyRowDelegate</name>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message numerus="yes">
        <source>Cut %n step(s)</source>
        <extracomment>Drag-and-drop format of the palette: the node type as UTF-8 text. Something the user tried was refused (a connection), and why; for the status bar. Node keys now selected, in document order. The zoom factor (1.0 is 100 %), after every change. The visible part of the scene moved or was resized (for the minimap). The view now shows another document (``set_document``). (done, total) while a large journey&apos;s items are made a slice at a time (``build``). Every item of the journey exists. Enter on the card with the keyboard focus (the window opens it in the inspector). What screen readers see: a list of the cards and connections.</extracomment>
        <translation>
            <numerusform>%n Schritt ausschneiden</numerusform>
            <numerusform>%n Schritte ausschneiden</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no journey steps to paste.</source>
        <translation>In der Zwischenablage sind keine Journey-Schritte zum Einfügen.</translation>
    </message>
</context>
<context>
    <name>JsonEditor</name>
    <message>
        <source>JSON, e.g. &quot;text&quot;, 42, true, {&quot;key&quot;: &quot;value&quot;}</source>
        <extracomment>Applied values must be of this type (e.g. ``dict`` for conditions); None = any.</extracomment>
        <translation>JSON, z. B. &quot;Text&quot;, 42, true, {&quot;schlüssel&quot;: &quot;wert&quot;}</translation>
    </message>
    <message>
        <source>Must be a JSON list ([ … ])</source>
        <translation>Muss eine JSON-Liste sein ([ … ])</translation>
    </message>
    <message>
        <source>Must be a JSON object ({ … })</source>
        <translation>Muss ein JSON-Objekt sein ({ … })</translation>
    </message>
    <message>
        <source>Must be a JSON {type}</source>
        <translation>Muss ein JSON-{type} sein</translation>
    </message>
    <message>
        <source>Not valid JSON yet: {error} at line {line}, column {column}</source>
        <translation>Noch kein gültiges JSON: {error} in Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>Not valid JSON yet: {error} at line {line}, column {column} (text needs quotes: &quot;like this&quot;)</source>
        <translation>Noch kein gültiges JSON: {error} in Zeile {line}, Spalte {column} (Text braucht Anführungszeichen: &quot;so&quot;)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>The settings key of the chosen language: a code of LANGUAGES, or &quot;&quot; to follow the system.</extracomment>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Sprache wechseln</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>Journey Builder will be in {language} from the next start. Restart now? Your journeys are kept.</source>
        <translation>Journey Builder erscheint ab dem nächsten Start auf {language}. Jetzt neu starten? Ihre Journeys bleiben erhalten.</translation>
    </message>
    <message>
        <source>Takes effect after a restart</source>
        <translation>Gilt nach einem Neustart</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>A journey needs a name; the name was not changed.</source>
        <translation>Eine Journey braucht einen Namen; der Name wurde nicht geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n journey(s) for good</source>
        <translation>
            <numerusform>%n Journey endgültig gelöscht</numerusform>
            <numerusform>%n Journeys endgültig gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Duplicating</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Papierkorb wird geleert</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Nach {file} exportiert</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n journey(s)</source>
        <translation>
            <numerusform>%n Journey importiert</numerusform>
            <numerusform>%n Journeys importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {file} into the library</source>
        <translation>{file} in die Bibliothek importiert</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Linking {file}</source>
        <translation>{file} wird verknüpft</translation>
    </message>
    <message>
        <source>Moved “{name}” to the trash</source>
        <translation>„{name}“ in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>Moving to the trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Reading the journey</source>
        <translation>Journey wird gelesen</translation>
    </message>
    <message>
        <source>Remembering the open tabs</source>
        <translation>Offene Tabs werden gemerkt</translation>
    </message>
    <message>
        <source>Renaming</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Restored “{name}” from the trash</source>
        <translation>„{name}“ aus dem Papierkorb wiederhergestellt</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Show the library&apos;s later edits</source>
        <translation>Spätere Änderungen aus der Bibliothek zeigen</translation>
    </message>
    <message>
        <source>Showing your later edits of “{name}” from the library (not saved to the file yet; Undo shows the file)</source>
        <translation>Ihre späteren Änderungen an „{name}“ aus der Bibliothek werden gezeigt (noch nicht in der Datei gespeichert; Rückgängig zeigt die Datei)</translation>
    </message>
    <message>
        <source>The template cannot be used: {error}</source>
        <extracomment>Library setting holding the links from files to entries. The list of entries changed (a save, a rename, the trash...): panels re-read it. A sentence for the status bar (saved, failed, imported...). A tab&apos;s binding saved (its entry now): the status bar&apos;s sync state follows.</extracomment>
        <translation>Die Vorlage lässt sich nicht verwenden: {error}</translation>
    </message>
    <message>
        <source>{file} changed outside Journey Builder; your later edits stay in the library as “{name}”</source>
        <translation>{file} wurde außerhalb von Journey Builder geändert; Ihre späteren Änderungen bleiben in der Bibliothek als „{name}“</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Add journey files to the library</source>
        <translation>Journey-Dateien zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Back to Journeys</source>
        <translation>Zurück zu den Journeys</translation>
    </message>
    <message>
        <source>Blank Journey</source>
        <translation>Leere Journey</translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Edited {when}</source>
        <translation>Bearbeitet {when}</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>Aus einer Vorlage</translation>
    </message>
    <message>
        <source>Import journeys into the library</source>
        <translation>Journeys in die Bibliothek importieren</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Journey files (*.journey.json *.json);;All files (*)</source>
        <translation>Journey-Dateien (*.journey.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Journeys in the library</source>
        <translation>Journeys in der Bibliothek</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Zuletzt bearbeitet</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New journey (blank, or from a template)</source>
        <translation>Neue Journey (leer oder aus einer Vorlage)</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>No journey matches “{text}”.</source>
        <translation>Keine Journey passt zu „{text}“.</translation>
    </message>
    <message>
        <source>No journeys yet.
Create one with New, or import a file.</source>
        <translation>Noch keine Journeys.
Legen Sie eine mit „Neu“ an oder importieren Sie eine Datei.</translation>
    </message>
    <message>
        <source>No templates installed</source>
        <translation>Keine Vorlagen installiert</translation>
    </message>
    <message>
        <source>On Flownally: {id}</source>
        <translation>Auf Flownally: {id}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Search journeys</source>
        <extracomment>Export the entry (library id) to a file the user picks.</extracomment>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Die Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Show the journeys in the trash (restore them from there)</source>
        <translation>Die Journeys im Papierkorb zeigen (von dort wiederherstellen)</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Trash ({count})</source>
        <translation>Papierkorb ({count})</translation>
    </message>
    <message>
        <source>Trashed {when}</source>
        <translation>Gelöscht {when}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt einfügen</translation>
    </message>
    <message>
        <source>Cannot use the template</source>
        <translation>Die Vorlage kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>Tab schließen</translation>
    </message>
    <message>
        <source>Close this journey</source>
        <translation>Diese Journey schließen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New journey, not saved yet</source>
        <translation>Neue Journey, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open journeys</source>
        <extracomment>The local library this window works on (the library panel reads it). The library, sync and versions panels (None when the window has no library).</extracomment>
        <translation>Offene Journeys</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Saved · {file}</source>
        <translation>Gespeichert · {file}</translation>
    </message>
    <message>
        <source>Show the problems panel</source>
        <translation>Den Problembereich anzeigen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Unsaved changes · {file}</source>
        <translation>Ungespeicherte Änderungen · {file}</translation>
    </message>
    <message>
        <source>Zoom (mouse wheel, or Ctrl++ and Ctrl+−)</source>
        <translation>Zoom (Mausrad oder Strg++ und Strg+−)</translation>
    </message>
    <message>
        <source>Zoom +</source>
        <translation>Größer</translation>
    </message>
    <message>
        <source>Zoom −</source>
        <translation>Kleiner</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Diesen Eintrag entfernen</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>a connection to step “{step}” was added while the server&apos;s copy removed that step</source>
        <translation>eine Verbindung zum Schritt „{step}“ wurde hinzugefügt, während die Kopie auf dem Server diesen Schritt entfernt hat</translation>
    </message>
    <message>
        <source>a connection to step “{step}” was added while your copy removed that step</source>
        <translation>eine Verbindung zum Schritt „{step}“ wurde hinzugefügt, während Ihre Kopie diesen Schritt entfernt hat</translation>
    </message>
    <message>
        <source>both copies added a step “{id}”, differently</source>
        <translation>beide Kopien haben einen Schritt „{id}“ hinzugefügt, unterschiedlich</translation>
    </message>
    <message>
        <source>step “{id}” was changed in both copies, differently</source>
        <translation>Schritt „{id}“ wurde in beiden Kopien unterschiedlich geändert</translation>
    </message>
    <message>
        <source>step “{id}” was moved in both copies, differently</source>
        <translation>Schritt „{id}“ wurde in beiden Kopien unterschiedlich verschoben</translation>
    </message>
    <message>
        <source>step “{id}” was removed in the server&apos;s copy and changed in the other</source>
        <translation>Schritt „{id}“ wurde in der Kopie auf dem Server entfernt und in der anderen geändert</translation>
    </message>
    <message>
        <source>step “{id}” was removed in your copy and changed in the other</source>
        <extracomment>The translation context of the overlaps&apos; sentences. ``message`` as a translatable phrase (``str(phrase) == message``).</extracomment>
        <translation>Schritt „{id}“ wurde in Ihrer Kopie entfernt und in der anderen geändert</translation>
    </message>
    <message>
        <source>the entry mode was changed in both copies</source>
        <translation>der Eintrittsmodus wurde in beiden Kopien geändert</translation>
    </message>
    <message>
        <source>the field “{field}” was changed in both copies</source>
        <translation>das Feld „{field}“ wurde in beiden Kopien geändert</translation>
    </message>
    <message>
        <source>the name was changed in both copies</source>
        <translation>der Name wurde in beiden Kopien geändert</translation>
    </message>
    <message>
        <source>the trigger was changed in both copies</source>
        <translation>der Auslöser wurde in beiden Kopien geändert</translation>
    </message>
    <message>
        <source>where step “{step}” leads was changed in both copies</source>
        <translation>wohin Schritt „{step}“ führt, wurde in beiden Kopien geändert</translation>
    </message>
    <message>
        <source>where the output “{output}” of step “{step}” leads was changed in both copies</source>
        <translation>wohin der Ausgang „{output}“ von Schritt „{step}“ führt, wurde in beiden Kopien geändert</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Änderungen an „{name}“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>MiniMap</name>
    <message>
        <source>Overview: click or drag to move the canvas</source>
        <extracomment>Space between the minimap and the edges of the canvas. Where the minimap sits, in the order tried when it must move: its home corner first. A drag this close to the minimap already counts as under it (pixels).</extracomment>
        <translation>Übersicht: Klicken oder ziehen, um die Arbeitsfläche zu verschieben</translation>
    </message>
</context>
<context>
    <name>NodeForm</name>
    <message>
        <source>Other settings</source>
        <translation>Weitere Einstellungen</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <source>Settings this app does not know. They are kept; edit them as JSON.</source>
        <translation>Einstellungen, die diese App nicht kennt. Sie bleiben erhalten; bearbeiten Sie sie als JSON.</translation>
    </message>
    <message>
        <source>Step id</source>
        <translation>Schritt-ID</translation>
    </message>
    <message>
        <source>The step&apos;s id in the file; connections and jumps follow a rename.</source>
        <translation>Die ID des Schritts in der Datei; Verbindungen und Sprünge folgen einer Umbenennung.</translation>
    </message>
    <message>
        <source>This app does not know this type: its settings are kept as they are and are not checked. Edit them as JSON.</source>
        <translation>Diese App kennt diesen Typ nicht: Seine Einstellungen bleiben unverändert erhalten und werden nicht geprüft. Bearbeiten Sie sie als JSON.</translation>
    </message>
    <message>
        <source>Unknown step type “{type}”</source>
        <translation>Unbekannter Schritttyp „{type}“</translation>
    </message>
</context>
<context>
    <name>NodePalette</name>
    <message>
        <source>Filter step types</source>
        <translation>Schritttypen filtern</translation>
    </message>
    <message>
        <source>Filter steps</source>
        <extracomment>A step type to add after the selected step (double-click or Enter).</extracomment>
        <translation>Schritte filtern</translation>
    </message>
</context>
<context>
    <name>NodeRefEditor</name>
    <message>
        <source>{id} (no such step)</source>
        <translation>{id} (kein solcher Schritt)</translation>
    </message>
    <message>
        <source>— choose a step —</source>
        <translation>– Schritt wählen –</translation>
    </message>
</context>
<context>
    <name>OfflineQueue</name>
    <message>
        <source>Discarded a waiting change</source>
        <translation>Eine wartende Änderung verworfen</translation>
    </message>
    <message>
        <source>Offline: “{name}” will be activated when the connection returns</source>
        <translation>Offline: „{name}“ wird aktiviert, sobald die Verbindung zurück ist</translation>
    </message>
    <message>
        <source>Offline: “{name}” will be deleted from Flownally when the connection returns; your copy is in the trash</source>
        <translation>Offline: „{name}“ wird aus Flownally gelöscht, sobald die Verbindung zurück ist; Ihre Kopie liegt im Papierkorb</translation>
    </message>
    <message>
        <source>Offline: “{name}” will be paused when the connection returns</source>
        <translation>Offline: „{name}“ wird pausiert, sobald die Verbindung zurück ist</translation>
    </message>
    <message>
        <source>Offline: “{name}” will be published when the connection returns</source>
        <translation>Offline: „{name}“ wird veröffentlicht, sobald die Verbindung zurück ist</translation>
    </message>
    <message>
        <source>Offline: “{name}” will be pushed when the connection returns</source>
        <translation>Offline: „{name}“ wird hochgeladen, sobald die Verbindung zurück ist</translation>
    </message>
    <message>
        <source>Sending waiting changes</source>
        <translation>Wartende Änderungen werden gesendet</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n waiting change(s)</source>
        <translation>
            <numerusform>%n wartende Änderung gesendet</numerusform>
            <numerusform>%n wartende Änderungen gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>send the waiting changes</source>
        <translation>wartende Änderungen senden</translation>
    </message>
    <message>
        <source>“{name}” was not published: it has errors</source>
        <extracomment>The queue as the status bar lists it (after every change): ``list[QueuedRow]``. The refusals of one sending (``list[QueuedRow]``), to be shown once.</extracomment>
        <translation>„{name}“ wurde nicht veröffentlicht: sie enthält Fehler</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>&amp;Journey</source>
        <extracomment>Journey › Preview Contact…; no standard key and no other action of the window uses it. The panel&apos;s width when it first opens (the timeline and the final contact need room).</extracomment>
        <translation>&amp;Journey</translation>
    </message>
    <message>
        <source>&amp;Preview Contact…</source>
        <translation>Kontakt in der &amp;Vorschau…</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Conversation closed</source>
        <translation>Konversation geschlossen</translation>
    </message>
    <message>
        <source>Custom event</source>
        <translation>Eigenes Ereignis</translation>
    </message>
    <message>
        <source>Dead end</source>
        <translation>Sackgasse</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Ausstieg</translation>
    </message>
    <message>
        <source>Field updated</source>
        <translation>Feld geändert</translation>
    </message>
    <message>
        <source>HTTP request fails</source>
        <translation>HTTP-Anfrage schlägt fehl</translation>
    </message>
    <message>
        <source>Jump limit</source>
        <translation>Sprunggrenze</translation>
    </message>
    <message>
        <source>Message received</source>
        <translation>Nachricht empfangen</translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation>Nicht eingetreten</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Step limit</source>
        <translation>Schrittgrenze</translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation>Wartet noch</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Tag hinzugefügt</translation>
    </message>
    <message>
        <source>Unknown step</source>
        <translation>Unbekannter Schritt</translation>
    </message>
    <message>
        <source>Walk a sample contact or a cohort through the journey and see its path</source>
        <translation>Einen Beispielkontakt oder eine Kohorte durch die Journey schicken und den Weg sehen</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>Ereignisse (%1)</translation>
    </message>
    <message>
        <source>Fix the contact to run the preview.</source>
        <translation>Korrigieren Sie den Kontakt, um die Vorschau auszuführen.</translation>
    </message>
    <message>
        <source>Fix the events to run the preview.</source>
        <translation>Korrigieren Sie die Ereignisse, um die Vorschau auszuführen.</translation>
    </message>
    <message>
        <source>No journey open.</source>
        <translation>Keine Journey geöffnet.</translation>
    </message>
    <message>
        <source>Not run: the journey has errors (see above).</source>
        <translation>Nicht ausgeführt: Die Journey hat Fehler (siehe oben).</translation>
    </message>
    <message>
        <source>One contact</source>
        <extracomment>Gives the store of a journey&apos;s samples (the window sets it to the library&apos;s).</extracomment>
        <translation>Ein Kontakt</translation>
    </message>
    <message>
        <source>Preview inputs</source>
        <translation>Eingaben der Vorschau</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Status der Vorschau</translation>
    </message>
    <message>
        <source>Run the preview</source>
        <translation>Vorschau ausführen</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>&amp;Startwert</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Sample contact</source>
        <extracomment>Re-run this long after the last change of the journey or the inputs.</extracomment>
        <translation>Beispielkontakt</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>The seed of the random splits: the same seed takes the same branches</source>
        <translation>Startwert der Zufallsaufteilungen: Derselbe Startwert nimmt dieselben Zweige</translation>
    </message>
    <message>
        <source>Walk the sample through the journey (Enter)</source>
        <translation>Das Beispiel durch die Journey schicken (Eingabe)</translation>
    </message>
    <message>
        <source>{count} of {total} contacts reached this step</source>
        <translation>{count} von {total} Kontakten haben diesen Schritt erreicht</translation>
    </message>
    <message>
        <source>{count} of {total} contacts took this connection</source>
        <translation>{count} von {total} Kontakten haben diese Verbindung genommen</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Error: {code}</source>
        <translation>Fehler: {code}</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>No journey open.</source>
        <translation>Keine Journey geöffnet.</translation>
    </message>
    <message>
        <source>No problems</source>
        <extracomment>Journeys with this many steps or more are checked on a worker thread (below it a check takes a few ms, less than handing it over). GUI-thread time per turn of the event loop for copying the steps of a newly shown journey.
----------
(node keys, edge keys) a problem names: select them and centre the view on them. The problems after each check (for badges and the status bar).</extracomment>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>No problems: every check passes.</source>
        <translation>Keine Probleme: Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Warning: {code}</source>
        <translation>Warnung: {code}</translation>
    </message>
</context>
<context>
    <name>PublishActions</name>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Activate journey</source>
        <translation>Journey aktivieren</translation>
    </message>
    <message>
        <source>Activate “{name}”?</source>
        <translation>„{name}“ aktivieren?</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>Wird aktiviert…</translation>
    </message>
    <message>
        <source>An active journey cannot be deleted. Pause it (contacts already in it carry on) and then delete it from Flownally? Your copy moves to the library&apos;s trash.</source>
        <translation>Eine aktive Journey kann nicht gelöscht werden. Sie pausieren (Kontakte, die schon darin sind, laufen weiter) und dann aus Flownally löschen? Ihre Kopie kommt in den Papierkorb der Bibliothek.</translation>
    </message>
    <message>
        <source>Contacts still in it will no longer be followed. Your copy moves to the library&apos;s trash, where you can restore it.</source>
        <translation>Kontakte, die noch darin sind, werden nicht mehr weitergeführt. Ihre Kopie kommt in den Papierkorb der Bibliothek, wo Sie sie wiederherstellen können.</translation>
    </message>
    <message>
        <source>Contacts who match its trigger will start entering the published version, and receive its messages.</source>
        <translation>Kontakte, auf die der Auslöser zutrifft, treten ab jetzt in die veröffentlichte Version ein und erhalten ihre Nachrichten.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete active journey</source>
        <translation>Aktive Journey löschen</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Journey löschen</translation>
    </message>
    <message>
        <source>Delete “{name}” from Flownally?</source>
        <translation>„{name}“ aus Flownally löschen?</translation>
    </message>
    <message>
        <source>Deleted “{name}” from Flownally; your copy is in the trash</source>
        <translation>„{name}“ aus Flownally gelöscht; Ihre Kopie liegt im Papierkorb</translation>
    </message>
    <message>
        <source>Deleting “{name}”</source>
        <translation>„{name}“ wird gelöscht</translation>
    </message>
    <message>
        <source>New contacts stop entering it. Contacts already in it carry on to the end.</source>
        <translation>Neue Kontakte treten nicht mehr ein. Kontakte, die schon darin sind, laufen bis zum Ende weiter.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Pause and Delete</source>
        <translation>Pausieren und löschen</translation>
    </message>
    <message>
        <source>Pause journey</source>
        <translation>Journey pausieren</translation>
    </message>
    <message>
        <source>Pause “{name}”?</source>
        <translation>„{name}“ pausieren?</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Wird pausiert…</translation>
    </message>
    <message>
        <source>Published “{name}” (version {version})</source>
        <translation>„{name}“ veröffentlicht (Version {version})</translation>
    </message>
    <message>
        <source>Publishing “{name}”</source>
        <translation>„{name}“ wird veröffentlicht</translation>
    </message>
    <message>
        <source>Pushed your edits and published “{name}” (version {version})</source>
        <translation>Ihre Änderungen hochgeladen und „{name}“ veröffentlicht (Version {version})</translation>
    </message>
    <message>
        <source>Your copy moves to the library&apos;s trash, where you can restore it.</source>
        <translation>Ihre Kopie kommt in den Papierkorb der Bibliothek, wo Sie sie wiederherstellen können.</translation>
    </message>
    <message>
        <source>activate it</source>
        <translation>aktivieren</translation>
    </message>
    <message>
        <source>delete the journey</source>
        <translation>Journey löschen</translation>
    </message>
    <message>
        <source>pause it</source>
        <translation>pausieren</translation>
    </message>
    <message>
        <source>publish the journey</source>
        <translation>Journey veröffentlichen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>“{name}” is active: contacts are going through it.</source>
        <translation>„{name}“ ist aktiv: Kontakte durchlaufen sie gerade.</translation>
    </message>
    <message>
        <source>“{name}” is live (now {status})</source>
        <translation>„{name}“ ist live (jetzt {status})</translation>
    </message>
    <message>
        <source>“{name}” is not on Flownally yet: push or publish it to activate it</source>
        <translation>„{name}“ ist noch nicht auf Flownally: laden Sie sie hoch oder veröffentlichen Sie sie, um sie zu aktivieren</translation>
    </message>
    <message>
        <source>“{name}” is not on Flownally yet: push or publish it to pause it</source>
        <translation>„{name}“ ist noch nicht auf Flownally: laden Sie sie hoch oder veröffentlichen Sie sie, um sie zu pausieren</translation>
    </message>
    <message>
        <source>“{name}” is not on Flownally yet: there is nothing to delete there</source>
        <translation>„{name}“ ist noch nicht auf Flownally: dort gibt es nichts zu löschen</translation>
    </message>
    <message>
        <source>“{name}” is paused (now {status})</source>
        <translation>„{name}“ ist pausiert (jetzt {status})</translation>
    </message>
    <message>
        <source>“{name}” was not published: it has errors</source>
        <extracomment>A sentence for the status bar. Something on the server changed because of us (the remote list may refresh). Only the server&apos;s copy changed: (library id, the server&apos;s copy) to offer to take. A journey was published: its library id (the versions panel refreshes).</extracomment>
        <translation>„{name}“ wurde nicht veröffentlicht: sie enthält Fehler</translation>
    </message>
    <message>
        <source>“{name}” was not published: the server has a newer version</source>
        <translation>„{name}“ wurde nicht veröffentlicht: auf dem Server gibt es eine neuere Version</translation>
    </message>
</context>
<context>
    <name>PublishBlockedDialog</name>
    <message>
        <source>Cannot publish</source>
        <translation>Veröffentlichen nicht möglich</translation>
    </message>
    <message>
        <source>Fix them and publish again. Nothing was sent to the server.</source>
        <translation>Beheben Sie sie und veröffentlichen Sie erneut. Es wurde nichts an den Server gesendet.</translation>
    </message>
    <message>
        <source>It gave these reasons:</source>
        <translation>Er nannte diese Gründe:</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Show Problems</source>
        <translation>Probleme anzeigen</translation>
    </message>
    <message>
        <source>The server refused to publish “{name}”.</source>
        <translation>Der Server hat das Veröffentlichen von „{name}“ abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” has %n error(s), so it was not published.</source>
        <translation>
            <numerusform>„{name}“ hat %n Fehler und wurde daher nicht veröffentlicht.</numerusform>
            <numerusform>„{name}“ hat %n Fehler und wurde daher nicht veröffentlicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueButton</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate “{name}”</source>
        <translation>„{name}“ aktivieren</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Änderungen, die auf das Senden warten</translation>
    </message>
    <message>
        <source>Click to send them now, retry or discard one.</source>
        <translation>Klicken, um sie jetzt zu senden, erneut zu versuchen oder eine zu verwerfen.</translation>
    </message>
    <message>
        <source>Delete “{name}” from Flownally</source>
        <translation>„{name}“ aus Flownally löschen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Do not send this change</source>
        <translation>Diese Änderung nicht senden</translation>
    </message>
    <message>
        <source>Pause “{name}”</source>
        <translation>„{name}“ pausieren</translation>
    </message>
    <message>
        <source>Publish “{name}”</source>
        <translation>„{name}“ veröffentlichen</translation>
    </message>
    <message>
        <source>Push “{name}”</source>
        <translation>„{name}“ hochladen</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>They are sent in this order when the connection returns.</source>
        <translation>Sie werden in dieser Reihenfolge gesendet, sobald die Verbindung zurück ist.</translation>
    </message>
    <message>
        <source>{change} — refused: {reason}</source>
        <translation>{change} – abgelehnt: {reason}</translation>
    </message>
</context>
<context>
    <name>RawJsonEditor</name>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Apply the JSON (Ctrl+Enter)</source>
        <translation>Das JSON übernehmen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Not applied: the settings must be a JSON object ({ … }). Nothing was changed.</source>
        <translation>Nicht übernommen: Die Einstellungen müssen ein JSON-Objekt sein ({ … }). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Not applied: the text is not valid JSON ({error} at line {line}, column {column}). Nothing was changed.</source>
        <translation>Nicht übernommen: Der Text ist kein gültiges JSON ({error} in Zeile {line}, Spalte {column}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show the data as it is now</source>
        <translation>Die Daten so zeigen, wie sie jetzt sind</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Make this version the draft again (Undo takes it back)</source>
        <translation>Diese Version wieder zum Entwurf machen (Rückgängig nimmt es zurück)</translation>
    </message>
    <message>
        <source>Restore as Draft</source>
        <extracomment>The text of the refused edit (&quot;Move 2 steps&quot;).</extracomment>
        <translation>Als Entwurf wiederherstellen</translation>
    </message>
</context>
<context>
    <name>RefusalNotice</name>
    <message>
        <source>Changes the server refused</source>
        <translation>Vom Server abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s) made while offline.</source>
        <translation>
            <numerusform>Der Server hat %n offline gemachte Änderung abgelehnt.</numerusform>
            <numerusform>Der Server hat %n offline gemachte Änderungen abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay in the queue (status bar) until you retry or discard them.</source>
        <translation>Sie bleiben in der Warteschlange (Statusleiste), bis Sie sie erneut versuchen oder verwerfen.</translation>
    </message>
    <message>
        <source>{change}: {reason}</source>
        <translation>{change}: {reason}</translation>
    </message>
</context>
<context>
    <name>RemoteNewerBar</name>
    <message>
        <source>Close this notice</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Push your copy over the server&apos;s; their change is lost.</source>
        <translation>Ihre Kopie über die auf dem Server hochladen; deren Änderung geht verloren.</translation>
    </message>
    <message>
        <source>Show the server&apos;s copy here; Edit › Undo brings yours back.</source>
        <translation>Die Kopie vom Server hier zeigen; Bearbeiten › Rückgängig holt Ihre zurück.</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Deren übernehmen</translation>
    </message>
    <message>
        <source>The server has a newer version</source>
        <translation>Der Server hat eine neuere Version</translation>
    </message>
    <message>
        <source>The server has a newer version of this journey.</source>
        <translation>Der Server hat eine neuere Version dieser Journey.</translation>
    </message>
</context>
<context>
    <name>RemotePanel</name>
    <message>
        <source>A practice server on this computer, with example journeys</source>
        <translation>Ein Übungsserver auf diesem Computer, mit Beispiel-Journeys</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Changed {when}</source>
        <translation>Geändert {when}</translation>
    </message>
    <message>
        <source>Journeys on Flownally</source>
        <translation>Journeys auf Flownally</translation>
    </message>
    <message>
        <source>List the journeys on Flownally again</source>
        <translation>Die Journeys auf Flownally neu auflisten</translation>
    </message>
    <message>
        <source>Listing progress</source>
        <translation>Fortschritt der Auflistung</translation>
    </message>
    <message>
        <source>Loaded {count}</source>
        <translation>{count} geladen</translation>
    </message>
    <message>
        <source>Loaded {count} of {total}</source>
        <translation>{count} von {total} geladen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No journeys on Flownally yet.</source>
        <translation>Noch keine Journeys auf Flownally.</translation>
    </message>
    <message>
        <source>No password store found: you stay signed in until you quit.</source>
        <translation>Kein Passwortspeicher gefunden: Sie bleiben angemeldet, bis Sie die App beenden.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Offline (showing the last list)</source>
        <translation>Offline (die letzte Liste wird gezeigt)</translation>
    </message>
    <message>
        <source>On Flownally</source>
        <translation>Auf Flownally</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Sign in to see your Flownally journeys</source>
        <translation>Melden Sie sich an, um Ihre Journeys auf Flownally zu sehen</translation>
    </message>
    <message>
        <source>Sign in to see your team&apos;s journeys on Flownally, push yours and publish them.</source>
        <translation>Melden Sie sich an, um die Journeys Ihres Teams auf Flownally zu sehen und Ihre hochzuladen und zu veröffentlichen.</translation>
    </message>
    <message>
        <source>Stop listing (what has arrived stays)</source>
        <translation>Auflisten abbrechen (was schon da ist, bleibt)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n journey(s) listed</source>
        <translation>
            <numerusform>Abgebrochen: %n Journey aufgelistet</numerusform>
            <numerusform>Abgebrochen: %n Journeys aufgelistet</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be loaded</source>
        <translation>Die Liste konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Try the Sandbox</source>
        <translation>Sandbox testen</translation>
    </message>
    <message>
        <source>{detail} · in your library</source>
        <translation>{detail} · in Ihrer Bibliothek</translation>
    </message>
</context>
<context>
    <name>RemoteWatch</name>
    <message>
        <source>Checking Flownally for changes</source>
        <extracomment>(first, longest) seconds between polls. (remote id, updatedAt) of every journey listed: unchanged lists mean a longer wait. (remote id, updatedAt) looked at in full this time (not read again while unchanged). One journey changed on the server: a :class:`RemoteChange`. The list on the server differs from the last poll&apos;s (the remote panel may refresh). A poll ended (for the curious: tests, the busy indicator). Seconds until the next poll.</extracomment>
        <translation>Flownally wird auf Änderungen geprüft</translation>
    </message>
    <message>
        <source>check for changes</source>
        <translation>auf Änderungen prüfen</translation>
    </message>
    <message>
        <source>{names} and {more} more changed on Flownally</source>
        <translation>{names} und {more} weitere wurden auf Flownally geändert</translation>
    </message>
    <message>
        <source>{names} changed on Flownally</source>
        <translation>{names} wurden auf Flownally geändert</translation>
    </message>
    <message>
        <source>“{name}” changed on Flownally</source>
        <translation>„{name}“ wurde auf Flownally geändert</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>%1 of %2 steps reached</source>
        <translation>%1 von %2 Schritten erreicht</translation>
    </message>
    <message>
        <source>%1 · ended at %2: %3</source>
        <translation>%1 · endete bei %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact at the end</source>
        <extracomment>A node key to select and centre (a timeline or exits row was activated).</extracomment>
        <translation>Kontakt am Ende</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Each exit step, how many contacts left there and after how long (median)</source>
        <translation>Jeder Ausstiegsschritt, wie viele Kontakte dort ausgestiegen sind und nach welcher Zeit (Median)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Ends here · %1</source>
        <translation>Endet hier · %1</translation>
    </message>
    <message>
        <source>Exit step</source>
        <translation>Ausstiegsschritt</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Ausstiege</translation>
    </message>
    <message>
        <source>How the paths ended</source>
        <translation>Wie die Wege endeten</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Mediane Zeit</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>No value needed</source>
        <translation>Kein Wert nötig</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>Diese Regel entfernen</translation>
    </message>
    <message>
        <source>Rule {number} field</source>
        <translation>Feld von Regel {number}</translation>
    </message>
    <message>
        <source>Rule {number} operator</source>
        <translation>Operator von Regel {number}</translation>
    </message>
    <message>
        <source>Rule {number} value</source>
        <translation>Wert von Regel {number}</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>SamplePicker</name>
    <message>
        <source>&amp;Sample</source>
        <extracomment>The user chose the sample at this index. &quot;new&quot;, &quot;duplicate&quot; or &quot;delete&quot;. The user renamed the current sample to this name.</extracomment>
        <translation>&amp;Beispiel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Manage samples</source>
        <translation>Beispiele verwalten</translation>
    </message>
    <message>
        <source>Name of the sample:</source>
        <translation>Name des Beispiels:</translation>
    </message>
    <message>
        <source>New Sample</source>
        <translation>Neues Beispiel</translation>
    </message>
    <message>
        <source>Rename Sample</source>
        <translation>Beispiel umbenennen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Sample contact</source>
        <translation>Beispielkontakt</translation>
    </message>
    <message>
        <source>Samples ▾</source>
        <translation>Beispiele ▾</translation>
    </message>
    <message>
        <source>The named sample to preview</source>
        <translation>Das benannte Beispiel für die Vorschau</translation>
    </message>
    <message>
        <source>This journey is not in the library: its samples are kept for this session only.</source>
        <translation>Diese Journey ist nicht in der Bibliothek: Ihre Beispiele bleiben nur für diese Sitzung erhalten.</translation>
    </message>
</context>
<context>
    <name>SamplesMixin</name>
    <message>
        <source>Answers</source>
        <translation>Antwortet</translation>
    </message>
    <message>
        <source>Never answers</source>
        <translation>Antwortet nie</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Sample contact</source>
        <extracomment>Step types an event can be scripted for.</extracomment>
        <translation>Beispielkontakt</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Add the step after the selected one</source>
        <translation>Den Schritt nach dem ausgewählten einfügen</translation>
    </message>
    <message>
        <source>Alt+1, Alt+3, Alt+4</source>
        <translation>Alt+1, Alt+3, Alt+4</translation>
    </message>
    <message>
        <source>Alt+arrow keys</source>
        <translation>Alt+Pfeiltasten</translation>
    </message>
    <message>
        <source>Arrow keys (Shift: 4 grid steps)</source>
        <translation>Pfeiltasten (Umschalt: 4 Rasterschritte)</translation>
    </message>
    <message>
        <source>Cancel a connection, clear the selection</source>
        <translation>Eine Verbindung abbrechen, die Auswahl aufheben</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Arbeitsfläche</translation>
    </message>
    <message>
        <source>Edit the focused step in the inspector</source>
        <translation>Den fokussierten Schritt in den Eigenschaften bearbeiten</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation>Eingabe, Umschalt+Eingabe</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Eingabe, Doppelklick</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Suchleiste</translation>
    </message>
    <message>
        <source>Go to a step type / to the filter box</source>
        <translation>Zu einem Schritttyp / zum Filterfeld</translation>
    </message>
    <message>
        <source>Go to the nearest step that way</source>
        <translation>Zum nächsten Schritt in dieser Richtung</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Leave the canvas (Tab stays on it)</source>
        <translation>Die Arbeitsfläche verlassen (Tab bleibt darauf)</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <source>Move the selected steps</source>
        <translation>Die ausgewählten Schritte verschieben</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Nächster / vorheriger Treffer</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Problems panel</source>
        <translation>Problembereich</translation>
    </message>
    <message>
        <source>Select the step and show it on the canvas</source>
        <translation>Den Schritt auswählen und auf der Arbeitsfläche zeigen</translation>
    </message>
    <message>
        <source>Space+drag, middle-drag</source>
        <translation>Leertaste+Ziehen, mittlere Maustaste ziehen</translation>
    </message>
    <message>
        <source>Steps panel</source>
        <translation>Schrittbereich</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Type its name / Shift+Tab</source>
        <translation>Namen eingeben / Umschalt+Tab</translation>
    </message>
    <message>
        <source>Walk the steps (the focused one is selected)</source>
        <translation>Durch die Schritte gehen (der fokussierte ist ausgewählt)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Zoom around the cursor</source>
        <translation>Um den Mauszeiger zoomen</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>A name for this sign-in, e.g. “work” or “staging”</source>
        <translation>Ein Name für diese Anmeldung, z. B. „Arbeit“ oder „Staging“</translation>
    </message>
    <message>
        <source>A practice server on this computer with example journeys; nothing leaves it</source>
        <translation>Ein Übungsserver auf diesem Computer mit Beispiel-Journeys; nichts verlässt ihn</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Checking the token with the server…</source>
        <translation>Token wird beim Server geprüft…</translation>
    </message>
    <message>
        <source>Could not reach {url}. Check the address and your connection.</source>
        <translation>{url} ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Keep the token in memory until Journey Builder quits, not in the keyring</source>
        <translation>Das Token bis zum Beenden von Journey Builder im Speicher halten, nicht im Schlüsselbund</translation>
    </message>
    <message>
        <source>Not signed in yet: choose “Keep for this session only” and sign in again.</source>
        <translation>Noch nicht angemeldet: Wählen Sie „Nur für diese Sitzung behalten“ und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Paste your API token</source>
        <translation>Fügen Sie Ihr API-Token ein</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to Flownally</source>
        <translation>Bei Flownally anmelden</translation>
    </message>
    <message>
        <source>Sign in with an API token of your Flownally account to push, publish and run your journeys. Your journeys stay in the library whether or not you sign in.</source>
        <translation>Melden Sie sich mit einem API-Token Ihres Flownally-Kontos an, um Ihre Journeys hochzuladen, zu veröffentlichen und auszuführen. Ihre Journeys bleiben in der Bibliothek, ob Sie angemeldet sind oder nicht.</translation>
    </message>
    <message>
        <source>Signing in failed ({error}).</source>
        <translation>Die Anmeldung ist fehlgeschlagen ({error}).</translation>
    </message>
    <message>
        <source>The server did not accept this token. Check that you copied all of it.</source>
        <translation>Der Server hat dieses Token nicht akzeptiert. Prüfen Sie, ob Sie es vollständig kopiert haben.</translation>
    </message>
    <message>
        <source>The token works but lacks a permission: {permission}.</source>
        <translation>Das Token funktioniert, aber ihm fehlt eine Berechtigung: {permission}.</translation>
    </message>
    <message>
        <source>This computer has no usable keyring, so your token cannot be stored safely. Journey Builder never keeps tokens in plain text. You can keep it for this session only (you will be asked again next time), or set {token} and {server} in the environment.</source>
        <translation>Dieser Computer hat keinen nutzbaren Schlüsselbund, daher kann Ihr Token nicht sicher gespeichert werden. Journey Builder speichert Tokens nie im Klartext. Sie können es nur für diese Sitzung behalten (beim nächsten Mal werden Sie erneut gefragt) oder {token} und {server} in der Umgebung setzen.</translation>
    </message>
    <message>
        <source>Try the Sandbox</source>
        <translation>Sandbox testen</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>&apos;{event}&apos; event (not an event type a script can hold)</source>
        <translation>Ereignis &apos;{event}&apos; (kein Ereignistyp, den ein Skript enthalten kann)</translation>
    </message>
    <message>
        <source>&apos;{operator}&apos; is not an operator</source>
        <translation>&apos;{operator}&apos; ist kein Operator</translation>
    </message>
    <message>
        <source>&apos;{step}&apos; has no branch to draw (each needs an id and a percent above 0).</source>
        <translation>&apos;{step}&apos; hat keinen Zweig zum Auslosen (jeder braucht eine ID und einen Prozentwert über 0).</translation>
    </message>
    <message>
        <source>&apos;{step}&apos; jumps to &apos;{target}&apos;, which is not a step of this journey.</source>
        <translation>&apos;{step}&apos; springt zu &apos;{target}&apos;, das kein Schritt dieser Journey ist.</translation>
    </message>
    <message>
        <source>&apos;{step}&apos; names no step to jump to.</source>
        <translation>&apos;{step}&apos; nennt keinen Schritt als Sprungziel.</translation>
    </message>
    <message>
        <source>&apos;{type}&apos; is a step type the simulator does not know: the contact stops here.</source>
        <translation>&apos;{type}&apos; ist ein Schritttyp, den die Simulation nicht kennt: Der Kontakt hält hier an.</translation>
    </message>
    <message>
        <source>Added tag {tags}</source>
        <translation>Tag {tags} hinzugefügt</translation>
    </message>
    <message>
        <source>Added tags {tags}</source>
        <translation>Tags {tags} hinzugefügt</translation>
    </message>
    <message>
        <source>Already had {tags}.</source>
        <translation>Hatte {tags} bereits.</translation>
    </message>
    <message>
        <source>Already jumped {count} time to &apos;{step}&apos;: the contact exits.</source>
        <translation>Bereits {count}-mal zu &apos;{step}&apos; gesprungen: Der Kontakt steigt aus.</translation>
    </message>
    <message>
        <source>Already jumped {count} times to &apos;{step}&apos;: the contact exits.</source>
        <translation>Bereits {count}-mal zu &apos;{step}&apos; gesprungen: Der Kontakt steigt aus.</translation>
    </message>
    <message>
        <source>Answered at {at}.</source>
        <translation>Geantwortet bei {at}.</translation>
    </message>
    <message>
        <source>Answered {value} at {at}.</source>
        <translation>{value} geantwortet bei {at}.</translation>
    </message>
    <message>
        <source>Answered {value} at {at}; saved to field &apos;{field}&apos;.</source>
        <translation>{value} geantwortet bei {at}; im Feld &apos;{field}&apos; gespeichert.</translation>
    </message>
    <message>
        <source>Assigned: {summary}.</source>
        <translation>Zugewiesen: {summary}.</translation>
    </message>
    <message>
        <source>Changed nothing: {problem}.</source>
        <translation>Nichts geändert: {problem}.</translation>
    </message>
    <message>
        <source>Cleared {field} (was {value}).</source>
        <translation>{field} geleert (war {value}).</translation>
    </message>
    <message>
        <source>Did not enter: the trigger&apos;s conditions do not match ({why}).</source>
        <translation>Nicht eingetreten: Die Bedingungen des Auslösers treffen nicht zu ({why}).</translation>
    </message>
    <message>
        <source>Did not have {tags}.</source>
        <translation>Hatte {tags} nicht.</translation>
    </message>
    <message>
        <source>Entered: the trigger has no conditions.</source>
        <translation>Eingetreten: Der Auslöser hat keine Bedingungen.</translation>
    </message>
    <message>
        <source>Entered: the trigger&apos;s conditions match ({why}).</source>
        <translation>Eingetreten: Die Bedingungen des Auslösers treffen zu ({why}).</translation>
    </message>
    <message>
        <source>Event: {event} at {at}.</source>
        <translation>Ereignis: {event} bei {at}.</translation>
    </message>
    <message>
        <source>Event: {event} at {at}; its conditions hold ({why}).</source>
        <translation>Ereignis: {event} bei {at}; seine Bedingungen treffen zu ({why}).</translation>
    </message>
    <message>
        <source>Exit: the end of the journey.</source>
        <translation>Ausstieg: das Ende der Journey.</translation>
    </message>
    <message>
        <source>Exit: {reason}.</source>
        <translation>Ausstieg: {reason}.</translation>
    </message>
    <message>
        <source>Failure: the script fails this request (event {number} of the script).</source>
        <translation>Fehlschlag: Das Skript lässt diese Anfrage scheitern (Ereignis {number} des Skripts).</translation>
    </message>
    <message>
        <source>Increased {field} by {amount}: {before} → {after}.</source>
        <translation>{field} um {amount} erhöht: {before} → {after}.</translation>
    </message>
    <message>
        <source>Jump {count} of {most} to &apos;{step}&apos; ({id}) (maxJumps is not a whole number ≥ 1: counted as 1).</source>
        <translation>Sprung {count} von {most} zu &apos;{step}&apos; ({id}) (maxJumps ist keine ganze Zahl ≥ 1: als 1 gezählt).</translation>
    </message>
    <message>
        <source>Jump {count} of {most} to &apos;{step}&apos; ({id}).</source>
        <translation>Sprung {count} von {most} zu &apos;{step}&apos; ({id}).</translation>
    </message>
    <message>
        <source>No time passed: the delay has no valid amount and unit.</source>
        <translation>Keine Zeit vergangen: Die Wartezeit hat keine gültige Dauer und Einheit.</translation>
    </message>
    <message>
        <source>No: {why}.</source>
        <translation>Nein: {why}.</translation>
    </message>
    <message>
        <source>Nothing is connected to output &apos;{output}&apos; of &apos;{step}&apos;: the journey silently ends here.</source>
        <translation>Mit dem Ausgang &apos;{output}&apos; von &apos;{step}&apos; ist nichts verbunden: Die Journey endet hier stillschweigend.</translation>
    </message>
    <message>
        <source>Nothing is connected to the output of &apos;{step}&apos;: the journey silently ends here.</source>
        <translation>Mit dem Ausgang von &apos;{step}&apos; ist nichts verbunden: Die Journey endet hier stillschweigend.</translation>
    </message>
    <message>
        <source>Removed tag {tags}</source>
        <translation>Tag {tags} entfernt</translation>
    </message>
    <message>
        <source>Removed tags {tags}</source>
        <translation>Tags {tags} entfernt</translation>
    </message>
    <message>
        <source>Sent: {summary}.</source>
        <translation>Gesendet: {summary}.</translation>
    </message>
    <message>
        <source>Set {field} to {value}.</source>
        <translation>{field} auf {value} gesetzt.</translation>
    </message>
    <message>
        <source>Still waiting at &apos;{step}&apos; when the simulation ends at {at} (its horizon).</source>
        <translation>Wartet noch bei &apos;{step}&apos;, als die Simulation bei {at} endet (ihr Horizont).</translation>
    </message>
    <message>
        <source>Stopped after {count} steps: the path seems to loop without end.</source>
        <translation>Nach {count} Schritten angehalten: Der Weg scheint endlos im Kreis zu laufen.</translation>
    </message>
    <message>
        <source>Stopped: &apos;{type}&apos; is a step type the simulator does not know.</source>
        <translation>Angehalten: &apos;{type}&apos; ist ein Schritttyp, den die Simulation nicht kennt.</translation>
    </message>
    <message>
        <source>Success: the script does not fail this request.</source>
        <translation>Erfolg: Das Skript lässt diese Anfrage nicht scheitern.</translation>
    </message>
    <message>
        <source>The connection from output &apos;{output}&apos; of &apos;{step}&apos; leads to &apos;{target}&apos;, which is not a step of this journey.</source>
        <translation>Die Verbindung aus dem Ausgang &apos;{output}&apos; von &apos;{step}&apos; führt zu &apos;{target}&apos;, das kein Schritt dieser Journey ist.</translation>
    </message>
    <message>
        <source>The connection from output &apos;{output}&apos; of &apos;{step}&apos; leads to nowhere.</source>
        <translation>Die Verbindung aus dem Ausgang &apos;{output}&apos; von &apos;{step}&apos; führt ins Leere.</translation>
    </message>
    <message>
        <source>The connection from the output of &apos;{step}&apos; leads to &apos;{target}&apos;, which is not a step of this journey.</source>
        <translation>Die Verbindung aus dem Ausgang von &apos;{step}&apos; führt zu &apos;{target}&apos;, das kein Schritt dieser Journey ist.</translation>
    </message>
    <message>
        <source>The connection from the output of &apos;{step}&apos; leads to nowhere.</source>
        <translation>Die Verbindung aus dem Ausgang von &apos;{step}&apos; führt ins Leere.</translation>
    </message>
    <message>
        <source>The contact left the journey.</source>
        <translation>Der Kontakt hat die Journey verlassen.</translation>
    </message>
    <message>
        <source>The contact left the journey: {reason}.</source>
        <translation>Der Kontakt hat die Journey verlassen: {reason}.</translation>
    </message>
    <message>
        <source>The draw with seed {seed} chose &apos;{branch}&apos; ({percent}%).</source>
        <translation>Die Auslosung mit Startwert {seed} wählte &apos;{branch}&apos; ({percent} %).</translation>
    </message>
    <message>
        <source>The journey has no start step, so no contact can enter it.</source>
        <translation>Die Journey hat keinen Startschritt, daher kann kein Kontakt eintreten.</translation>
    </message>
    <message>
        <source>Timeout: no answer within {wait}, so it timed out at {at}</source>
        <translation>Zeitlimit ({wait}) abgelaufen bei {at}: keine Antwort</translation>
    </message>
    <message>
        <source>Timeout: no {event} within {wait}, so it timed out at {at}</source>
        <translation>Zeitlimit ({wait}) abgelaufen bei {at}: „{event}“ ist nicht eingetreten</translation>
    </message>
    <message>
        <source>Waited {duration}, until {at}.</source>
        <translation>{duration} gewartet, bis {at}.</translation>
    </message>
    <message>
        <source>Waiting, with no valid timeout to end the wait.</source>
        <translation>Wartet, ohne gültiges Zeitlimit, das das Warten beendet.</translation>
    </message>
    <message>
        <source>Waiting: the delay ends at {at}.</source>
        <translation>Wartet: Die Wartezeit endet bei {at}.</translation>
    </message>
    <message>
        <source>Waiting: the timeout ends at {at}.</source>
        <translation>Wartet: Das Zeitlimit endet bei {at}.</translation>
    </message>
    <message>
        <source>Yes: {why}.</source>
        <translation>Ja: {why}.</translation>
    </message>
    <message>
        <source>all {count} rules hold</source>
        <translation>alle {count} Regeln treffen zu</translation>
    </message>
    <message>
        <source>already had {tags}</source>
        <translation>hatte {tags} bereits</translation>
    </message>
    <message>
        <source>conversation closed</source>
        <translation>Konversation geschlossen</translation>
    </message>
    <message>
        <source>custom event &apos;{name}&apos;</source>
        <translation>eigenes Ereignis &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>did not have {tags}</source>
        <translation>hatte {tags} nicht</translation>
    </message>
    <message>
        <source>field updated</source>
        <translation>Feld geändert</translation>
    </message>
    <message>
        <source>it is not a rule object</source>
        <translation>sie ist kein Regelobjekt</translation>
    </message>
    <message>
        <source>it names no field</source>
        <translation>sie nennt kein Feld</translation>
    </message>
    <message>
        <source>it names no tag</source>
        <translation>sie nennt kein Tag</translation>
    </message>
    <message>
        <source>message received</source>
        <translation>Nachricht empfangen</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>keine Zeit</translation>
    </message>
    <message>
        <source>none of the {count} rules holds</source>
        <translation>keine der {count} Regeln trifft zu</translation>
    </message>
    <message>
        <source>not set</source>
        <extracomment>The translation context of the simulator&apos;s reasons.</extracomment>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>rule {number}, {text}</source>
        <translation>Regel {number}, {text}</translation>
    </message>
    <message>
        <source>tag added</source>
        <translation>Tag hinzugefügt</translation>
    </message>
    <message>
        <source>the action is not add or remove</source>
        <translation>die Aktion ist weder „hinzufügen“ noch „entfernen“</translation>
    </message>
    <message>
        <source>the action is not set, clear or increment</source>
        <translation>die Aktion ist weder „setzen“ noch „leeren“ noch „erhöhen“</translation>
    </message>
    <message>
        <source>the amount to increase by is not a number</source>
        <translation>der Betrag der Erhöhung ist keine Zahl</translation>
    </message>
    <message>
        <source>the step has no value to set</source>
        <translation>der Schritt hat keinen Wert zum Setzen</translation>
    </message>
    <message>
        <source>the step names no field</source>
        <extracomment>How far a simulation looks ahead, in seconds, unless told otherwise: a year. The guard against endless loops: a path longer than this ends ``step_limit``. What a walk records per step: (step index, handle, time, edge index, reason recipe).</extracomment>
        <translation>der Schritt nennt kein Feld</translation>
    </message>
    <message>
        <source>the step names no tags</source>
        <translation>der Schritt nennt keine Tags</translation>
    </message>
    <message>
        <source>there are no rules</source>
        <translation>es gibt keine Regeln</translation>
    </message>
    <message>
        <source>{count} day</source>
        <extracomment>(seconds, one, other) of the units a duration is told in.</extracomment>
        <translation>{count} Tag</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} Tage</translation>
    </message>
    <message>
        <source>{count} hour</source>
        <translation>{count} Stunde</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} Stunden</translation>
    </message>
    <message>
        <source>{count} minute</source>
        <translation>{count} Minute</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} Minuten</translation>
    </message>
    <message>
        <source>{count} second</source>
        <translation>{count} Sekunde</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} Sekunden</translation>
    </message>
    <message>
        <source>{count} such event did not meet the conditions: {why}</source>
        <translation>{count} solches Ereignis erfüllte die Bedingungen nicht: {why}</translation>
    </message>
    <message>
        <source>{count} such events did not meet the conditions: {why}</source>
        <translation>{count} solche Ereignisse erfüllten die Bedingungen nicht: {why}</translation>
    </message>
    <message>
        <source>{field} holds {value}, not a number to increase</source>
        <extracomment>What a walk may ask when no scripted event answers a step: ``(step, now, deadline)`` gives an event to add to the script (``at`` after ``now``; an http_failure at ``now``) or None. Position of each sorted event in the script as written (for &quot;event 3 of the script&quot;). Whether any event changes the contact (tag_added, field_updated).</extracomment>
        <translation>{field} enthält {value}, keine Zahl, die sich erhöhen lässt</translation>
    </message>
    <message>
        <source>{field} is {value}</source>
        <translation>{field} ist {value}</translation>
    </message>
    <message>
        <source>{rule}, does not hold</source>
        <translation>{rule}, trifft nicht zu</translation>
    </message>
    <message>
        <source>{rule}, holds</source>
        <translation>{rule}, trifft zu</translation>
    </message>
    <message>
        <source>{rule}, is broken: {why}</source>
        <translation>{rule}, ist fehlerhaft: {why}</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Already up to date: “{name}”</source>
        <translation>Bereits aktuell: „{name}“</translation>
    </message>
    <message>
        <source>Ask an admin for a token with that scope, then sign in with it (Account › Sign In).</source>
        <translation>Bitten Sie einen Admin um ein Token mit diesem Bereich und melden Sie sich damit an (Konto › Anmelden).</translation>
    </message>
    <message>
        <source>Could not {action}</source>
        <translation>Fehlgeschlagen: {action}</translation>
    </message>
    <message>
        <source>Journey not on the server</source>
        <translation>Journey nicht auf dem Server</translation>
    </message>
    <message>
        <source>Listing journeys on Flownally</source>
        <translation>Journeys auf Flownally werden aufgelistet</translation>
    </message>
    <message>
        <source>Merged both copies and pushed “{name}”</source>
        <translation>Beide Kopien zusammengeführt und „{name}“ hochgeladen</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Nothing newer on the server for “{name}”; your edits are not pushed yet</source>
        <translation>Nichts Neueres auf dem Server für „{name}“; Ihre Änderungen sind noch nicht hochgeladen</translation>
    </message>
    <message>
        <source>Offline: could not {action} — your work is saved in the library. ({problem})</source>
        <translation>Offline: {action} nicht möglich – Ihre Arbeit ist in der Bibliothek gespeichert. ({problem})</translation>
    </message>
    <message>
        <source>Opened “{name}” from Flownally</source>
        <translation>„{name}“ aus Flownally geöffnet</translation>
    </message>
    <message>
        <source>Opening “{name}”</source>
        <translation>„{name}“ wird geöffnet</translation>
    </message>
    <message>
        <source>Push as New</source>
        <translation>Als neu hochladen</translation>
    </message>
    <message>
        <source>Push your copy as a new journey?</source>
        <translation>Ihre Kopie als neue Journey hochladen?</translation>
    </message>
    <message>
        <source>Pushed “{name}”</source>
        <translation>„{name}“ hochgeladen</translation>
    </message>
    <message>
        <source>Pushed “{name}” as a new journey</source>
        <translation>„{name}“ als neue Journey hochgeladen</translation>
    </message>
    <message>
        <source>Pushing “{name}”</source>
        <translation>„{name}“ wird hochgeladen</translation>
    </message>
    <message>
        <source>Pushing “{name}” as new</source>
        <translation>„{name}“ wird als neu hochgeladen</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Sign in again to keep working with journeys on Flownally. Your work is saved in the library.</source>
        <translation>Melden Sie sich erneut an, um weiter mit Journeys auf Flownally zu arbeiten. Ihre Arbeit ist in der Bibliothek gespeichert.</translation>
    </message>
    <message>
        <source>Stopped: {action}</source>
        <translation>Abgebrochen: {action}</translation>
    </message>
    <message>
        <source>The connection broke while the request was sent; it may have happened. Check the journey on Flownally before trying again. ({problem})</source>
        <translation>Die Verbindung brach ab, während die Anfrage gesendet wurde; sie kann trotzdem ausgeführt worden sein. Prüfen Sie die Journey auf Flownally, bevor Sie es erneut versuchen. ({problem})</translation>
    </message>
    <message>
        <source>The latest edits could not be saved to the library ({problem})</source>
        <translation>Die letzten Änderungen konnten nicht in der Bibliothek gespeichert werden ({problem})</translation>
    </message>
    <message>
        <source>The server has a newer version of “{name}”; nothing was sent</source>
        <translation>Der Server hat eine neuere Version von „{name}“; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>The server is busy: could not {action}</source>
        <translation>Der Server ist ausgelastet: {action} nicht möglich</translation>
    </message>
    <message>
        <source>The server refused to {action}</source>
        <translation>Der Server hat „{action}“ abgelehnt</translation>
    </message>
    <message>
        <source>Update from the server</source>
        <translation>Vom Server aktualisieren</translation>
    </message>
    <message>
        <source>Updated “{name}” from the server</source>
        <translation>„{name}“ vom Server aktualisiert</translation>
    </message>
    <message>
        <source>Updating “{name}”</source>
        <translation>„{name}“ wird aktualisiert</translation>
    </message>
    <message>
        <source>Your sign-in for “{profile}” is no longer valid ({reason}).</source>
        <translation>Ihre Anmeldung für „{profile}“ ist nicht mehr gültig ({reason}).</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid: sign in again to sync</source>
        <translation>Ihre Anmeldung ist nicht mehr gültig: Melden Sie sich erneut an, um zu synchronisieren</translation>
    </message>
    <message>
        <source>Your token cannot {action}: it lacks the permission {scope}.</source>
        <translation>Ihr Token reicht nicht für „{action}“: ihm fehlt die Berechtigung {scope}.</translation>
    </message>
    <message>
        <source>a scope it does not have</source>
        <translation>ein Bereich, den es nicht hat</translation>
    </message>
    <message>
        <source>list the journeys</source>
        <translation>Journeys auflisten</translation>
    </message>
    <message>
        <source>open the journey</source>
        <translation>Journey öffnen</translation>
    </message>
    <message>
        <source>push</source>
        <translation>hochladen</translation>
    </message>
    <message>
        <source>push the journey</source>
        <translation>Journey hochladen</translation>
    </message>
    <message>
        <source>the token was refused</source>
        <translation>das Token wurde abgelehnt</translation>
    </message>
    <message>
        <source>update the journey</source>
        <translation>Journey aktualisieren</translation>
    </message>
    <message>
        <source>{message} (HTTP {status})</source>
        <translation>{message} (HTTP {status})</translation>
    </message>
    <message>
        <source>{task}…</source>
        <extracomment>What a remote task&apos;s function gets: a client for its thread, and its context. The user must sign in (again): the profile to prefill, and why. Both copies changed: a :class:`sync_work.Conflict` to show and resolve. The open conflict dialog of each journey (kept by :mod:`.conflicts`). The offline queue, when attached: actions wait there while offline.</extracomment>
        <translation>{task}…</translation>
    </message>
    <message>
        <source>“{name}” changed on the server too</source>
        <translation>„{name}“ wurde auch auf dem Server geändert</translation>
    </message>
    <message>
        <source>“{name}” is no longer on Flownally: it was deleted there.</source>
        <translation>„{name}“ ist nicht mehr auf Flownally: Sie wurde dort gelöscht.</translation>
    </message>
    <message>
        <source>“{name}” was not pushed</source>
        <translation>„{name}“ wurde nicht hochgeladen</translation>
    </message>
</context>
<context>
    <name>SyncWork</name>
    <message>
        <source>“{name}” has never been pushed, so there is nothing to pull.</source>
        <extracomment>The remote journey no longer exists (deleted on the server). Only the server&apos;s content changed: nothing was sent; ``document`` is the server&apos;s copy. How mine and theirs stood (see :class:`SyncCase`); the push sent a merge. The server&apos;s copy is newer and yours unchanged: nothing was published.</extracomment>
        <translation>„{name}“ wurde nie hochgeladen, es gibt also nichts abzurufen.</translation>
    </message>
    <message>
        <source>“{name}” has never been pushed; there is nothing to keep both of.</source>
        <translation>„{name}“ wurde nie hochgeladen; es gibt nichts, wovon beide behalten werden könnten.</translation>
    </message>
    <message>
        <source>“{name}” is no longer on the server; push it as a new journey first</source>
        <translation>„{name}“ ist nicht mehr auf dem Server; laden Sie sie zuerst als neue Journey hoch</translation>
    </message>
    <message>
        <source>“{name}” is not on the server yet; push or publish it first.</source>
        <translation>„{name}“ ist noch nicht auf dem Server; laden Sie sie zuerst hoch oder veröffentlichen Sie sie.</translation>
    </message>
    <message>
        <source>“{name}” is not on the server; there is nothing to delete.</source>
        <translation>„{name}“ ist nicht auf dem Server; es gibt nichts zu löschen.</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <source>Add a name and press Enter</source>
        <translation>Namen eingeben und Eingabetaste drücken</translation>
    </message>
</context>
<context>
    <name>TemplateCard</name>
    <message>
        <source>Template: {title}</source>
        <extracomment>Three cards wide: the buttons above line up with the gallery&apos;s edges. The picture&apos;s own background: the well around it takes that colour, so the picture sits on a seamless tile (a light &quot;page&quot; in the dark theme too).</extracomment>
        <translation>Vorlage: {title}</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Abandoned cart</source>
        <translation>Verlassener Warenkorb</translation>
    </message>
    <message>
        <source>An hour after a conversation closes, ask for a 1 to 5 rating. Happy contacts are invited to leave a review; low scores go back to the customer care team with the conversation reopened.</source>
        <translation>Eine Stunde nach dem Schließen einer Konversation um eine Bewertung von 1 bis 5 bitten. Zufriedene Kontakte werden um eine Rezension gebeten; niedrige Bewertungen gehen mit wieder geöffneter Konversation zurück an den Kundenservice.</translation>
    </message>
    <message>
        <source>Conversation follow-up</source>
        <translation>Nachfassen nach Konversation</translation>
    </message>
    <message>
        <source>Greet new contacts with a welcome discount, tell your story two days later and remind them before the offer ends. Contacts who order along the way are tagged as customers and leave early.</source>
        <translation>Neue Kontakte mit einem Willkommensrabatt begrüßen, zwei Tage später Ihre Geschichte erzählen und vor Ende des Angebots erinnern. Kontakte, die unterwegs bestellen, werden als Kunden getaggt und steigen früher aus.</translation>
    </message>
    <message>
        <source>Post-purchase follow-up</source>
        <translation>Nachfassen nach dem Kauf</translation>
    </message>
    <message>
        <source>Re-engagement</source>
        <translation>Reaktivierung</translation>
    </message>
    <message>
        <source>Thank customers when their order arrives and ask how happy they are: low ratings go straight to customer care. A week later, first-time buyers are asked for a review (an A/B test of email against SMS) and repeat customers get early access to the next launch.</source>
        <translation>Kunden danken, wenn ihre Bestellung ankommt, und fragen, wie zufrieden sie sind: Niedrige Bewertungen gehen direkt an den Kundenservice. Eine Woche später werden Erstkäufer um eine Rezension gebeten (ein A/B-Test von E-Mail gegen SMS), und Stammkunden erhalten frühen Zugang zum nächsten Launch.</translation>
    </message>
    <message>
        <source>Welcome series</source>
        <extracomment>The translation context of the templates&apos; titles and descriptions. Every title and description of ``templates/index.json``, in the index&apos;s order.</extracomment>
        <translation>Willkommensserie</translation>
    </message>
    <message>
        <source>When a cart is abandoned, wait an hour for the order, then send an email reminder. Still no order after a day? SMS subscribers get a nudge, everyone else a 10% discount email.</source>
        <translation>Wenn ein Warenkorb verlassen wird, eine Stunde auf die Bestellung warten und dann per E-Mail erinnern. Nach einem Tag immer noch keine Bestellung? SMS-Abonnenten bekommen einen Anstoß, alle anderen eine E-Mail mit 10 % Rabatt.</translation>
    </message>
    <message>
        <source>Win back contacts tagged as inactive for 90 days with a 20% offer and a last call. Those who order are untagged; those who do not are marked dormant and moved to a sunset list.</source>
        <translation>Kontakte, die seit 90 Tagen als inaktiv getaggt sind, mit einem Angebot von 20 % und einer letzten Erinnerung zurückgewinnen. Wer bestellt, verliert das Tag; wer nicht bestellt, wird als ruhend markiert und auf eine Auslaufliste gesetzt.</translation>
    </message>
</context>
<context>
    <name>ThreeWayView</name>
    <message>
        <source>Both copies changed this: {reason}</source>
        <translation>Beide Kopien haben das geändert: {reason}</translation>
    </message>
    <message>
        <source>Changes in your copy and on the server</source>
        <translation>Änderungen in Ihrer Kopie und auf dem Server</translation>
    </message>
    <message>
        <source>Connections: {changed} changed</source>
        <translation>Verbindungen: {changed} geändert</translation>
    </message>
    <message>
        <source>Entry mode</source>
        <translation>Eintrittsmodus</translation>
    </message>
    <message>
        <source>Journey settings</source>
        <translation>Journey-Einstellungen</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>Steps: {changed} of {total} changed</source>
        <translation>Schritte: {changed} von {total} geändert</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>the step was changed in both copies</source>
        <translation>der Schritt wurde in beiden Kopien geändert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>where this output leads was changed in both copies</source>
        <translation>wohin dieser Ausgang führt, wurde in beiden Kopien geändert</translation>
    </message>
    <message>
        <source>{source} ({output}) → {target}</source>
        <translation>{source} ({output}) → {target}</translation>
    </message>
    <message>
        <source>{source} → {target}</source>
        <translation>{source} → {target}</translation>
    </message>
    <message>
        <source>{title} ({id})</source>
        <translation>{title} ({id})</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <source>The steps the contact took, in order; Enter shows the step on the canvas</source>
        <translation>Die Schritte des Kontakts der Reihe nach; die Eingabetaste zeigt den Schritt auf der Arbeitsfläche</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>The node key of the row clicked or entered.</extracomment>
        <translation>Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>TimeoutEditor</name>
    <message>
        <source>{field} unit</source>
        <translation>Einheit von {field}</translation>
    </message>
</context>
<context>
    <name>TriggerEditor</name>
    <message>
        <source>A trigger type this app does not know: its settings are kept as they are.</source>
        <translation>Ein Auslösertyp, den diese App nicht kennt: Seine Einstellungen bleiben unverändert erhalten.</translation>
    </message>
    <message>
        <source>Choose what starts the journey…</source>
        <translation>Wählen Sie, was die Journey startet…</translation>
    </message>
    <message>
        <source>Conditions (JSON)</source>
        <translation>Bedingungen (JSON)</translation>
    </message>
    <message>
        <source>Trigger conditions</source>
        <translation>Auslöserbedingungen</translation>
    </message>
    <message>
        <source>Trigger type</source>
        <translation>Auslösertyp</translation>
    </message>
    <message>
        <source>Trigger: {parameter}</source>
        <translation>Auslöser: {parameter}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&apos;{value}&apos; is not one of: {allowed}</source>
        <translation>&apos;{value}&apos; ist keiner der Werte: {allowed}</translation>
    </message>
    <message>
        <source>A connection has neither a start nor an end: delete it or connect it again.</source>
        <translation>Eine Verbindung hat weder Anfang noch Ende: Löschen Sie sie oder verbinden Sie sie neu.</translation>
    </message>
    <message>
        <source>A connection joins steps that do not exist ({source} to {target}): delete it or connect it again.</source>
        <translation>Eine Verbindung verknüpft Schritte, die es nicht gibt ({source} nach {target}): Löschen Sie sie oder verbinden Sie sie neu.</translation>
    </message>
    <message>
        <source>Branch {branch} of {step} gets {percent}%: every branch needs more than 0%.</source>
        <translation>Zweig {branch} von {step} bekommt {percent} %: Jeder Zweig braucht mehr als 0 %.</translation>
    </message>
    <message>
        <source>Branch {branch} of {step} has no percentage: give it a share above 0%.</source>
        <translation>Zweig {branch} von {step} hat keinen Prozentsatz: Geben Sie ihm einen Anteil über 0 %.</translation>
    </message>
    <message>
        <source>Every output of {step} leads to {target}, so the branch makes no difference: connect the outputs to different steps.</source>
        <translation>Jeder Ausgang von {step} führt zu {target}, die Verzweigung bewirkt also nichts: Verbinden Sie die Ausgänge mit verschiedenen Schritten.</translation>
    </message>
    <message>
        <source>Nothing follows {step}: contacts leave the journey after it. Connect it to the next step or to an Exit.</source>
        <translation>Auf {step} folgt nichts: Kontakte verlassen danach die Journey. Verbinden Sie den Schritt mit dem nächsten Schritt oder einem Ausstieg.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The branches of {step} add up to {percent}%, not 100%: change the percentages.</source>
        <translation>Die Zweige von {step} ergeben zusammen {percent} %, nicht 100 %: Ändern Sie die Prozentsätze.</translation>
    </message>
    <message>
        <source>The connection from {step} leads to {missing}: delete it or connect it again.</source>
        <translation>Die Verbindung von {step} führt zu {missing}: Löschen Sie sie oder verbinden Sie sie neu.</translation>
    </message>
    <message>
        <source>The connection into {step} comes from {missing}: delete it or connect it again.</source>
        <translation>Die Verbindung nach {step} kommt von {missing}: Löschen Sie sie oder verbinden Sie sie neu.</translation>
    </message>
    <message>
        <source>The connection {ends} does not say which output of {step} it leaves from ({outputs}): connect it again from the right output.</source>
        <translation>Bei der Verbindung {ends} fehlt, von welchem Ausgang von {step} sie ausgeht ({outputs}): Verbinden Sie sie neu vom richtigen Ausgang.</translation>
    </message>
    <message>
        <source>The connection {ends} leads into the start: contacts enter only through the trigger, so remove it.</source>
        <translation>Die Verbindung {ends} führt in den Start: Kontakte treten nur über den Auslöser ein, entfernen Sie sie also.</translation>
    </message>
    <message>
        <source>The connection {ends} leaves from an output {step} does not have ({handle}; a {type} step has one output): connect it again from the right output.</source>
        <translation>Die Verbindung {ends} geht von einem Ausgang aus, den {step} nicht hat ({handle}; ein Schritt vom Typ {type} hat einen Ausgang): Verbinden Sie sie neu vom richtigen Ausgang.</translation>
    </message>
    <message>
        <source>The connection {ends} leaves from an output {step} does not have ({handle}; {outputs}): connect it again from the right output.</source>
        <translation>Die Verbindung {ends} geht von einem Ausgang aus, den {step} nicht hat ({handle}; {outputs}): Verbinden Sie sie neu vom richtigen Ausgang.</translation>
    </message>
    <message>
        <source>The entry mode of {step} ({own}) differs from the journey&apos;s ({journey}): make them the same.</source>
        <translation>Der Eintrittsmodus von {step} ({own}) weicht von dem der Journey ab ({journey}): Gleichen Sie sie an.</translation>
    </message>
    <message>
        <source>The entry mode {mode} is not one this app knows ({known}): it is kept as it is; check that the server accepts it.</source>
        <translation>Den Eintrittsmodus {mode} kennt diese App nicht ({known}): Er bleibt unverändert; prüfen Sie, ob der Server ihn akzeptiert.</translation>
    </message>
    <message>
        <source>The journey does nothing yet: add a step such as Send message or Tag contact.</source>
        <translation>Die Journey tut noch nichts: Fügen Sie einen Schritt wie „Nachricht senden“ oder „Kontakt taggen“ hinzu.</translation>
    </message>
    <message>
        <source>The journey has no Start step: add one to say how contacts enter.</source>
        <translation>Die Journey hat keinen Startschritt: Fügen Sie einen hinzu, um festzulegen, wie Kontakte eintreten.</translation>
    </message>
    <message>
        <source>The journey has no trigger: choose what starts it.</source>
        <translation>Die Journey hat keinen Auslöser: Wählen Sie, was sie startet.</translation>
    </message>
    <message>
        <source>The journey has {count} Start steps ({steps}): keep only one.</source>
        <translation>Die Journey hat {count} Startschritte ({steps}): Behalten Sie nur einen.</translation>
    </message>
    <message>
        <source>The output of {step}</source>
        <translation>Der Ausgang von {step}</translation>
    </message>
    <message>
        <source>The trigger has no type: choose what starts the journey.</source>
        <translation>Der Auslöser hat keinen Typ: Wählen Sie, was die Journey startet.</translation>
    </message>
    <message>
        <source>The trigger needs a field (&apos;field&apos;).</source>
        <extracomment>What a missing required parameter is called (&quot;The trigger needs a field (&apos;field&apos;).&quot;).</extracomment>
        <translation>Der Auslöser braucht ein Feld (&apos;field&apos;).</translation>
    </message>
    <message>
        <source>The trigger needs a tag (&apos;tag&apos;).</source>
        <translation>Der Auslöser braucht ein Tag (&apos;tag&apos;).</translation>
    </message>
    <message>
        <source>The trigger needs a value for &apos;{name}&apos;.</source>
        <translation>Der Auslöser braucht einen Wert für &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The trigger needs an event name (&apos;eventName&apos;).</source>
        <translation>Der Auslöser braucht einen Ereignisnamen (&apos;eventName&apos;).</translation>
    </message>
    <message>
        <source>The trigger of {step} ({own}) differs from the journey&apos;s ({journey}): make them the same.</source>
        <translation>Der Auslöser von {step} ({own}) weicht von dem der Journey ab ({journey}): Gleichen Sie sie an.</translation>
    </message>
    <message>
        <source>The trigger settings of {step} differ from the journey&apos;s: make them the same.</source>
        <translation>Die Auslöser-Einstellungen von {step} weichen von denen der Journey ab: Gleichen Sie sie an.</translation>
    </message>
    <message>
        <source>The trigger&apos;s &apos;{name}&apos; must be one of: {allowed}.</source>
        <translation>&apos;{name}&apos; des Auslösers muss einer dieser Werte sein: {allowed}.</translation>
    </message>
    <message>
        <source>The trigger&apos;s change must be one of: {allowed}.</source>
        <extracomment>What a parameter with a value outside its choices is told.</extracomment>
        <translation>Die Änderung des Auslösers muss einer dieser Werte sein: {allowed}.</translation>
    </message>
    <message>
        <source>The trigger&apos;s channel must be one of: {allowed}.</source>
        <translation>Der Kanal des Auslösers muss einer dieser Werte sein: {allowed}.</translation>
    </message>
    <message>
        <source>The trigger&apos;s conditions must be an object.</source>
        <translation>Die Bedingungen des Auslösers müssen ein Objekt sein.</translation>
    </message>
    <message>
        <source>The {output} output of {step}</source>
        <translation>Der Ausgang {output} von {step}</translation>
    </message>
    <message>
        <source>a missing step ({id})</source>
        <translation>ein fehlender Schritt ({id})</translation>
    </message>
    <message>
        <source>a step that does not exist ({id})</source>
        <translation>einen Schritt, den es nicht gibt ({id})</translation>
    </message>
    <message>
        <source>amount must be a number above 0</source>
        <translation>Menge muss eine Zahl über 0 sein</translation>
    </message>
    <message>
        <source>branch {number} needs an id</source>
        <translation>Zweig {number} braucht eine ID</translation>
    </message>
    <message>
        <source>from {source} to {target}</source>
        <extracomment>One unnamed output (``sourceHandle`` absent or null). An exit or a jump: no output at all. A branching type whose handles depend on the data (a split&apos;s branch ids). Per known type: _ONE, _NONE, _BY_DATA, or the tuple of its output handles. Per known type, a small number: a list of them is counted and searched by identity, at C speed (a list of type names is compared text by text). Steps that make a contact wait: a loop through one of them cannot spin. Type number -&gt; its entry of _OUTPUTS_BY_TYPE. Steps for the settings rules to put into words (unknown types included), in order. Per position, the number of its type (None for a type outside the catalogue). id -&gt; position of the node standing for it (the first one with that id). Per position: how the step&apos;s connections are checked (see _OUTPUTS_BY_TYPE; None for a type outside the catalogue). How many outputs the known, non-terminal steps have between them. Steps whose outputs must be looked at closely (a split naming two branches alike). Steps with a one-output: is it connected. Branching steps: handle -&gt; target of the first connection from each of their outputs. Branching steps whose connections lead to more than one step. Steps with a connection from an earlier step (see reached_in_order). Connections between steps that do not wait going back up the document&apos;s order: every cycle has a connection going back, so without one there is no loop. Steps whose connections need the exact check: a repeated or unknown output, a terminal step&apos;s connection. Steps whose outputs need the exact check (dead ends, all branches to one step). jump_to step id -&gt; its target, for targets that exist and are not the step itself. Every step but the starts is entered from an earlier step: then every step can be reached from a start (by induction on the position), without a search.</extracomment>
        <translation>von {source} nach {target}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>it has no outputs yet</source>
        <translation>er hat noch keine Ausgänge</translation>
    </message>
    <message>
        <source>its outputs are {outputs}</source>
        <translation>seine Ausgänge sind {outputs}</translation>
    </message>
    <message>
        <source>must be a full https:// address</source>
        <translation>muss eine vollständige https://-Adresse sein</translation>
    </message>
    <message>
        <source>must be a list of branches</source>
        <translation>muss eine Liste von Zweigen sein</translation>
    </message>
    <message>
        <source>must be a list of non-empty names</source>
        <translation>muss eine Liste nicht leerer Namen sein</translation>
    </message>
    <message>
        <source>must be a list of rules</source>
        <translation>muss eine Liste von Regeln sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a number to increment by</source>
        <translation>muss eine Zahl sein, um die erhöht wird</translation>
    </message>
    <message>
        <source>must be a trigger object</source>
        <translation>muss ein Auslöser-Objekt sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be an object of settings</source>
        <translation>muss ein Objekt mit Einstellungen sein</translation>
    </message>
    <message>
        <source>must be at least {minimum}</source>
        <translation>muss mindestens {minimum} sein</translation>
    </message>
    <message>
        <source>must be at most {maximum}</source>
        <translation>darf höchstens {maximum} sein</translation>
    </message>
    <message>
        <source>must be between {minimum} and {maximum}</source>
        <translation>muss zwischen {minimum} und {maximum} liegen</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must map names to text values</source>
        <translation>muss Namen auf Textwerte abbilden</translation>
    </message>
    <message>
        <source>must say how long to wait (amount and unit)</source>
        <translation>muss angeben, wie lange gewartet wird (Menge und Einheit)</translation>
    </message>
    <message>
        <source>needs a template or a message text</source>
        <translation>braucht eine Vorlage oder einen Nachrichtentext</translation>
    </message>
    <message>
        <source>needs a trigger type</source>
        <translation>braucht einen Auslösertyp</translation>
    </message>
    <message>
        <source>needs at least one choice for a choice question</source>
        <translation>braucht für eine Auswahlfrage mindestens eine Auswahlmöglichkeit</translation>
    </message>
    <message>
        <source>needs the name of the custom event</source>
        <translation>braucht den Namen des eigenen Ereignisses</translation>
    </message>
    <message>
        <source>needs the team to assign to</source>
        <translation>braucht das Team, dem zugewiesen wird</translation>
    </message>
    <message>
        <source>needs the user to assign to</source>
        <translation>braucht den Benutzer, dem zugewiesen wird</translation>
    </message>
    <message>
        <source>no trigger type</source>
        <translation>kein Auslösertyp</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nirgendwo</translation>
    </message>
    <message>
        <source>rule {number} has an unknown operator &apos;{operator}&apos;</source>
        <translation>Regel {number} hat einen unbekannten Operator &apos;{operator}&apos;</translation>
    </message>
    <message>
        <source>rule {number} is not a rule</source>
        <translation>Regel {number} ist keine Regel</translation>
    </message>
    <message>
        <source>rule {number} needs a field</source>
        <translation>Regel {number} braucht ein Feld</translation>
    </message>
    <message>
        <source>rule {number} needs a value</source>
        <translation>Regel {number} braucht einen Wert</translation>
    </message>
    <message>
        <source>the output of {step}</source>
        <translation>den Ausgang von {step}</translation>
    </message>
    <message>
        <source>the {output} output of {step}</source>
        <translation>den Ausgang {output} von {step}</translation>
    </message>
    <message>
        <source>two branches share the id &apos;{id}&apos;</source>
        <translation>zwei Zweige haben die gleiche ID &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>unit must be one of: {allowed}</source>
        <translation>Einheit muss einer dieser Werte sein: {allowed}</translation>
    </message>
    <message>
        <source>{count} connections join {output} to {step}: remove the extra ones.</source>
        <translation>{count} Verbindungen verbinden {output} mit {step}: Entfernen Sie die überzähligen.</translation>
    </message>
    <message>
        <source>{count} connections share the id {id} ({connections}): give each connection its own id.</source>
        <translation>{count} Verbindungen haben die gleiche ID {id} ({connections}): Geben Sie jeder Verbindung eine eigene ID.</translation>
    </message>
    <message>
        <source>{count} steps share the id {id} ({steps}): give each step its own id.</source>
        <translation>{count} Schritte haben die gleiche ID {id} ({steps}): Geben Sie jedem Schritt eine eigene ID.</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} und {count} weitere</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <source>{output} is not connected: contacts who take it leave the journey there. Connect it to a step or to an Exit.</source>
        <translation>{output} ist nicht verbunden: Kontakte, die ihn nehmen, verlassen dort die Journey. Verbinden Sie ihn mit einem Schritt oder einem Ausstieg.</translation>
    </message>
    <message>
        <source>{output} leads to {count} steps ({steps}): an output can lead to one step only; use a Random split or a Condition to branch.</source>
        <translation>{output} führt zu {count} Schritten ({steps}): Ein Ausgang kann nur zu einem Schritt führen; verzweigen Sie mit einer Zufallsaufteilung oder einer Bedingung.</translation>
    </message>
    <message>
        <source>{steps} form a loop with no wait in it, so contacts would go round it without pause: add a Delay, Wait for event or Ask a question step to the loop.</source>
        <translation>{steps} bilden eine Schleife ohne Wartezeit, Kontakte würden sie also ohne Pause durchlaufen: Fügen Sie der Schleife eine Verzögerung, „Auf Ereignis warten“ oder „Frage stellen“ hinzu.</translation>
    </message>
    <message>
        <source>{step} can never be reached: connect it to the journey.</source>
        <translation>{step} wird nie erreicht: Verbinden Sie den Schritt mit der Journey.</translation>
    </message>
    <message>
        <source>{step} ends the journey, so nothing may follow it: remove its connection to {steps}.</source>
        <translation>{step} beendet die Journey, danach darf nichts folgen: Entfernen Sie die Verbindung zu {steps}.</translation>
    </message>
    <message>
        <source>{step} ends the journey, so nothing may follow it: remove its connections to {steps}.</source>
        <translation>{step} beendet die Journey, danach darf nichts folgen: Entfernen Sie die Verbindungen zu {steps}.</translation>
    </message>
    <message>
        <source>{step} has 1 branch: a random split needs 2 to 5.</source>
        <translation>{step} hat 1 Zweig: Eine Zufallsaufteilung braucht 2 bis 5.</translation>
    </message>
    <message>
        <source>{step} has {count} branches: a random split needs 2 to 5.</source>
        <translation>{step} hat {count} Zweige: Eine Zufallsaufteilung braucht 2 bis 5.</translation>
    </message>
    <message>
        <source>{step} is a step of a type this app does not know ({type}): it is kept as it is, but not checked.</source>
        <extracomment>Steps that are not an action: a journey of only these does nothing (``no-action``).</extracomment>
        <translation>{step} ist ein Schritt eines Typs, den diese App nicht kennt ({type}): Er bleibt unverändert, wird aber nicht geprüft.</translation>
    </message>
    <message>
        <source>{step} is connected to itself: remove that connection.</source>
        <translation>{step} ist mit sich selbst verbunden: Entfernen Sie diese Verbindung.</translation>
    </message>
    <message>
        <source>{step} jumps to a step that does not exist ({id}): choose the step to jump to.</source>
        <translation>{step} springt zu einem Schritt, den es nicht gibt ({id}): Wählen Sie das Sprungziel.</translation>
    </message>
    <message>
        <source>{step} jumps to another step, so nothing may follow it: remove its connection to {steps}.</source>
        <extracomment>(a jump?, several connections?) -&gt; what ``terminal-has-outgoing`` says.</extracomment>
        <translation>{step} springt zu einem anderen Schritt, danach darf nichts folgen: Entfernen Sie die Verbindung zu {steps}.</translation>
    </message>
    <message>
        <source>{step} jumps to another step, so nothing may follow it: remove its connections to {steps}.</source>
        <translation>{step} springt zu einem anderen Schritt, danach darf nichts folgen: Entfernen Sie die Verbindungen zu {steps}.</translation>
    </message>
    <message>
        <source>{step} jumps to itself: choose another step to jump to.</source>
        <translation>{step} springt zu sich selbst: Wählen Sie ein anderes Sprungziel.</translation>
    </message>
    <message>
        <source>{step} {issue}.</source>
        <translation>{step} {issue}.</translation>
    </message>
    <message>
        <source>{step}: {field} {issue}.</source>
        <translation>{step}: {field} {issue}.</translation>
    </message>
    <message>
        <source>{step}: {field}: {issue}.</source>
        <translation>{step}: {field}: {issue}.</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Clear Marks</source>
        <translation>Markierungen entfernen</translation>
    </message>
    <message>
        <source>Compare with Draft</source>
        <translation>Mit Entwurf vergleichen</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Differences from the version</source>
        <translation>Unterschiede zur Version</translation>
    </message>
    <message>
        <source>Draft compared with version {number}: {summary}</source>
        <translation>Entwurf verglichen mit Version {number}: {summary}</translation>
    </message>
    <message>
        <source>Fetching the version</source>
        <translation>Version wird abgerufen</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Listing versions</source>
        <translation>Versionen werden aufgelistet</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Make this version the draft (Edit › Undo takes it back)</source>
        <translation>Diese Version zum Entwurf machen (Bearbeiten › Rückgängig nimmt es zurück)</translation>
    </message>
    <message>
        <source>Mark what the draft changed since this version</source>
        <translation>Markieren, was der Entwurf seit dieser Version geändert hat</translation>
    </message>
    <message>
        <source>No published versions yet: Journey › Publish makes one.</source>
        <translation>Noch keine veröffentlichten Versionen: Journey › Veröffentlichen erstellt eine.</translation>
    </message>
    <message>
        <source>Not on Flownally yet: publish it to make a first version.</source>
        <translation>Noch nicht auf Flownally: Veröffentlichen Sie sie, um eine erste Version zu erstellen.</translation>
    </message>
    <message>
        <source>Offline: the versions cannot be listed now.</source>
        <translation>Offline: Die Versionen lassen sich gerade nicht auflisten.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open a journey from the library to see its versions.</source>
        <translation>Öffnen Sie eine Journey aus der Bibliothek, um ihre Versionen zu sehen.</translation>
    </message>
    <message>
        <source>Opening the version</source>
        <translation>Version wird geöffnet</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>Veröffentlichte Versionen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Restore as Draft</source>
        <translation>Als Entwurf wiederherstellen</translation>
    </message>
    <message>
        <source>Restore version {number}</source>
        <translation>Version {number} wiederherstellen</translation>
    </message>
    <message>
        <source>Restored version {number} as the draft (Edit › Undo takes it back)</source>
        <translation>Version {number} als Entwurf wiederhergestellt (Bearbeiten › Rückgängig nimmt es zurück)</translation>
    </message>
    <message>
        <source>Restoring the version</source>
        <translation>Version wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Show this version on the canvas, read-only</source>
        <translation>Diese Version auf der Arbeitsfläche zeigen, schreibgeschützt</translation>
    </message>
    <message>
        <source>Sign in to see the published versions.</source>
        <translation>Melden Sie sich an, um die veröffentlichten Versionen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n version(s) listed.</source>
        <translation>
            <numerusform>Abgebrochen: %n Version aufgelistet.</numerusform>
            <numerusform>Abgebrochen: %n Versionen aufgelistet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft is the same as version {number}</source>
        <translation>Der Entwurf entspricht Version {number}</translation>
    </message>
    <message>
        <source>The versions could not be listed.</source>
        <translation>Die Versionen konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>This version is read-only: Restore as Draft to edit it</source>
        <translation>Diese Version ist schreibgeschützt: Stellen Sie sie als Entwurf wieder her, um sie zu bearbeiten</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <source>Version {number} of “{name}”, published {when} · read-only</source>
        <translation>Version {number} von „{name}“, veröffentlicht {when} · schreibgeschützt</translation>
    </message>
    <message>
        <source>Versions</source>
        <extracomment>The last comparison (version id, result), for the list and tests.</extracomment>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Versions of “{name}”</source>
        <translation>Versionen von „{name}“</translation>
    </message>
    <message>
        <source>fetch the version</source>
        <translation>Version abrufen</translation>
    </message>
    <message>
        <source>list the versions</source>
        <translation>Versionen auflisten</translation>
    </message>
    <message>
        <source>{name} · version {number}</source>
        <translation>{name} · Version {number}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>A blank journey with a start step</source>
        <translation>Eine leere Journey mit einem Startschritt</translation>
    </message>
    <message>
        <source>A ready-made journey to adapt: it is copied into your library.</source>
        <translation>Eine fertige Journey zum Anpassen: Sie wird in Ihre Bibliothek kopiert.</translation>
    </message>
    <message>
        <source>Add journey files to the library</source>
        <translation>Journey-Dateien zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Back to journeys</source>
        <translation>Zurück zu den Journeys</translation>
    </message>
    <message>
        <source>Design customer journeys, check them before they go live, and sync them with Flownally. Your journeys are kept in the library on this computer.</source>
        <translation>Gestalten Sie Customer Journeys, prüfen Sie sie vor dem Livegang und synchronisieren Sie sie mit Flownally. Ihre Journeys liegen in der Bibliothek auf diesem Computer.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Neue Journey</translation>
    </message>
    <message>
        <source>No account needed: a practice Flownally server on this computer, with example journeys</source>
        <translation>Kein Konto nötig: ein Flownally-Übungsserver auf diesem Computer, mit Beispiel-Journeys</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>Open a journey file</source>
        <translation>Eine Journey-Datei öffnen</translation>
    </message>
    <message>
        <source>Return to the open journeys (Esc)</source>
        <translation>Zurück zu den geöffneten Journeys (Esc)</translation>
    </message>
    <message>
        <source>Sign in to Flownally with an API token</source>
        <translation>Mit einem API-Token bei Flownally anmelden</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Mit einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>The templates cannot be shown: {error}</source>
        <translation>Die Vorlagen können nicht angezeigt werden: {error}</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Sandbox testen</translation>
    </message>
    <message>
        <source>Use Flownally?</source>
        <translation>Flownally nutzen?</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to Journey Builder</source>
        <translation>Willkommen bei Journey Builder</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>A&amp;ktivieren…</translation>
    </message>
    <message>
        <source>&amp;Delete from Flownally…</source>
        <translation>Aus Flownally &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Import into Library…</source>
        <translation>In Bibliothek &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Journey</translation>
    </message>
    <message>
        <source>&amp;Push to Flownally</source>
        <extracomment>Action name -&gt; (menu text, tip, shortcut or None).</extracomment>
        <translation>Zu Flownally &amp;hochladen</translation>
    </message>
    <message>
        <source>&amp;Retry Connection</source>
        <translation>Verbindung &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>&amp;Update from Flownally</source>
        <translation>Von Flownally &amp;aktualisieren</translation>
    </message>
    <message>
        <source>A practice server on this computer with example journeys</source>
        <translation>Ein Übungsserver auf diesem Computer mit Beispiel-Journeys</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Add journey files to the library</source>
        <translation>Journey-Dateien zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>Die Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Check now whether Flownally answers</source>
        <translation>Jetzt prüfen, ob Flownally antwortet</translation>
    </message>
    <message>
        <source>Check the journey, push it and publish a new version</source>
        <translation>Die Journey prüfen, hochladen und eine neue Version veröffentlichen</translation>
    </message>
    <message>
        <source>Connection to Flownally</source>
        <translation>Verbindung zu Flownally</translation>
    </message>
    <message>
        <source>Delete the journey on the server (your copy goes to the trash)</source>
        <translation>Die Journey auf dem Server löschen (Ihre Kopie kommt in den Papierkorb)</translation>
    </message>
    <message>
        <source>Export from &amp;Library…</source>
        <translation>Aus Bibliothek e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export journey</source>
        <translation>Journey exportieren</translation>
    </message>
    <message>
        <source>Flownally answers</source>
        <translation>Flownally antwortet</translation>
    </message>
    <message>
        <source>Flownally cannot be reached; retrying. Click to retry now.</source>
        <translation>Flownally ist nicht erreichbar; neuer Versuch läuft. Klicken, um es jetzt erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Forget the token of this profile</source>
        <translation>Das Token dieses Profils vergessen</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>In der Bibliothek</translation>
    </message>
    <message>
        <source>Journey Builder works on files only until the library can be opened.</source>
        <translation>Journey Builder arbeitet nur mit Dateien, bis sich die Bibliothek öffnen lässt.</translation>
    </message>
    <message>
        <source>Journey files (*.journey.json *.json);;All files (*)</source>
        <translation>Journey-Dateien (*.journey.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Modified · not pushed</source>
        <translation>Geändert · nicht hochgeladen</translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>Pa&amp;use…</source>
        <translation>&amp;Pausieren…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>S&amp;witch Profile</source>
        <translation>Profil &amp;wechseln</translation>
    </message>
    <message>
        <source>Saving the journey to the library first; try again in a moment</source>
        <translation>Die Journey wird zuerst in der Bibliothek gespeichert; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>Send your edits to Flownally</source>
        <translation>Ihre Änderungen an Flownally senden</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>&amp;Bibliothek anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Versions</source>
        <translation>&amp;Versionen anzeigen</translation>
    </message>
    <message>
        <source>Show the library panel</source>
        <translation>Den Bibliotheksbereich anzeigen</translation>
    </message>
    <message>
        <source>Show the versions of this journey</source>
        <translation>Die Versionen dieser Journey anzeigen</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>Sign in to Flownally</source>
        <translation>Bei Flownally anmelden</translation>
    </message>
    <message>
        <source>Sign in to Flownally with an API token</source>
        <translation>Mit einem API-Token bei Flownally anmelden</translation>
    </message>
    <message>
        <source>Sign in to the profile “{name}”.</source>
        <translation>Melden Sie sich beim Profil „{name}“ an.</translation>
    </message>
    <message>
        <source>Signed in to the sandbox at {url} (this session only)</source>
        <translation>Bei der Sandbox unter {url} angemeldet (nur diese Sitzung)</translation>
    </message>
    <message>
        <source>Signed out of “{name}”; your journeys stay in the library</source>
        <translation>Von „{name}“ abgemeldet; Ihre Journeys bleiben in der Bibliothek</translation>
    </message>
    <message>
        <source>Start the published journey for contacts</source>
        <translation>Die veröffentlichte Journey für Kontakte starten</translation>
    </message>
    <message>
        <source>Stop new contacts entering the journey</source>
        <translation>Keine neuen Kontakte mehr in die Journey eintreten lassen</translation>
    </message>
    <message>
        <source>Take the server&apos;s copy of this journey</source>
        <translation>Die Kopie dieser Journey vom Server übernehmen</translation>
    </message>
    <message>
        <source>This tab is not a journey of the library</source>
        <translation>Dieser Tab ist keine Journey der Bibliothek</translation>
    </message>
    <message>
        <source>Try the &amp;Sandbox</source>
        <translation>&amp;Sandbox testen</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Write this journey to a file</source>
        <translation>Diese Journey in eine Datei schreiben</translation>
    </message>
    <message>
        <source>start the sandbox</source>
        <translation>Sandbox starten</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
</context>
<context>
    <name>_BranchRow</name>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>The output&apos;s id (its sourceHandle); edges from this branch use it.</source>
        <translation>Die ID des Ausgangs (sein sourceHandle); Verbindungen aus diesem Zweig verwenden sie.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>_Chip</name>
    <message>
        <source>Remove tag {tag}</source>
        <translation>Tag {tag} entfernen</translation>
    </message>
    <message>
        <source>Remove {tag}</source>
        <translation>{tag} entfernen</translation>
    </message>
</context>
<context>
    <name>_PairRow</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>_PaletteTree</name>
    <message>
        <source>Step types</source>
        <extracomment>What a palette drag carries (the canvas accepts it): the node type, UTF-8.</extracomment>
        <translation>Schritttypen</translation>
    </message>
</context>
<context>
    <name>_RowListEditor</name>
    <message>
        <source>Add</source>
        <extracomment>The add button&apos;s text, marked in this class&apos;s context (``self.tr`` finds it).</extracomment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add branch</source>
        <translation>Zweig hinzufügen</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
</context>
<context>
    <name>_RuleRow</name>
    <message>
        <source>Contact field, e.g. plan</source>
        <translation>Kontaktfeld, z. B. plan</translation>
    </message>
    <message>
        <source>Rule {number}</source>
        <translation>Regel {number}</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>_Several</name>
    <message numerus="yes">
        <source>%n steps selected</source>
        <translation>
            <numerusform>%n Schritt ausgewählt</numerusform>
            <numerusform>%n Schritte ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Move, copy, duplicate or delete them together. Select one step to edit it.</source>
        <translation>Gemeinsam verschieben, kopieren, duplizieren oder löschen. Wählen Sie einen einzelnen Schritt, um ihn zu bearbeiten.</translation>
    </message>
</context>
</TS>
