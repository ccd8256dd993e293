<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CohortInputs</name>
    <message numerus="yes">
        <source>%1: %n contact(s)</source>
        <translation>
            <numerusform>%1: %n contact</numerusform>
            <numerusform>%1: %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditableJourney</name>
    <message numerus="yes">
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>Delete %n connection</numerusform>
            <numerusform>Delete %n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>Delete %n step</numerusform>
            <numerusform>Delete %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>Move %n step</numerusform>
            <numerusform>Move %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n step(s)</source>
        <translation>
            <numerusform>Paste %n step</numerusform>
            <numerusform>Paste %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorsBanner</name>
    <message numerus="yes">
        <source>This journey has %n error(s); the preview may not match what will run.</source>
        <translation>
            <numerusform>This journey has %n error; the preview may not match what will run.</numerusform>
            <numerusform>This journey has %n errors; the preview may not match what will run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyRowDelegate</name>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message numerus="yes">
        <source>Cut %n step(s)</source>
        <extracomment>Drag-and-drop format of the palette: the node type as UTF-8 text. Something the user tried was refused (a connection), and why; for the status bar. Node keys now selected, in document order. The zoom factor (1.0 is 100 %), after every change. The visible part of the scene moved or was resized (for the minimap). The view now shows another document (``set_document``). (done, total) while a large journey&apos;s items are made a slice at a time (``build``). Every item of the journey exists. Enter on the card with the keyboard focus (the window opens it in the inspector). What screen readers see: a list of the cards and connections.</extracomment>
        <translation>
            <numerusform>Cut %n step</numerusform>
            <numerusform>Cut %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message numerus="yes">
        <source>Deleted %n journey(s) for good</source>
        <translation>
            <numerusform>Deleted %n journey for good</numerusform>
            <numerusform>Deleted %n journeys for good</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n journey(s)</source>
        <translation>
            <numerusform>Imported %n journey</numerusform>
            <numerusform>Imported %n journeys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineQueue</name>
    <message numerus="yes">
        <source>Sent %n waiting change(s)</source>
        <translation>
            <numerusform>Sent %n waiting change</numerusform>
            <numerusform>Sent %n waiting changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishBlockedDialog</name>
    <message numerus="yes">
        <source>“{name}” has %n error(s), so it was not published.</source>
        <translation>
            <numerusform>“{name}” has %n error, so it was not published.</numerusform>
            <numerusform>“{name}” has %n errors, so it was not published.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueButton</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusalNotice</name>
    <message numerus="yes">
        <source>The server refused %n change(s) made while offline.</source>
        <translation>
            <numerusform>The server refused %n change made while offline.</numerusform>
            <numerusform>The server refused %n changes made while offline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemotePanel</name>
    <message numerus="yes">
        <source>Stopped: %n journey(s) listed</source>
        <translation>
            <numerusform>Stopped: %n journey listed</numerusform>
            <numerusform>Stopped: %n journeys listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message numerus="yes">
        <source>Stopped: %n version(s) listed.</source>
        <translation>
            <numerusform>Stopped: %n version listed.</numerusform>
            <numerusform>Stopped: %n versions listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Several</name>
    <message numerus="yes">
        <source>%n steps selected</source>
        <translation>
            <numerusform>%n step selected</numerusform>
            <numerusform>%n steps selected</numerusform>
        </translation>
    </message>
</context>
</TS>
