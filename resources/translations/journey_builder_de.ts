<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active journey cannot be deleted. Pause it (contacts already in it carry on) and then delete it from Flownally? Your copy moves to the library&apos;s trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts still in it will no longer be followed. Your copy moves to the library&apos;s trash, where you can restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts who match its trigger will start entering the published version, and receive its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete active journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}” from Flownally?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{name}” from Flownally; your copy is in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contacts stop entering it. Contacts already in it carry on to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause and Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published “{name}” (version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed your edits and published “{name}” (version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your copy moves to the library&apos;s trash, where you can restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is active: contacts are going through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is live (now {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not on Flownally yet: push or publish it to activate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not on Flownally yet: push or publish it to pause it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not on Flownally yet: there is nothing to delete there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is paused (now {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was not published: it has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was not published: the server has a newer version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Journey Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design customer journeys, check them before they go live, and sync them with the Flownally Journeys API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open that folder in your file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log is in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountManager</name>
    <message>
        <source>Checking sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOWNALLY_TOKEN is set: unset it to stay signed out next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <extracomment>The keyring backend&apos;s class name in a credentials message: for the log, not for people. The profile name the in-app sandbox signs in as (never saved in the profiles file). Makes a client for one worker thread, with that task&apos;s cancel event. Signed in, signed out, or another profile. Why the last attempt to restore a sign-in did not work (shown in the account menu). Whether that was because no OS keyring can keep a token (a short note says so).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: sign in to work with journeys on Flownally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your API token to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox · {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token cannot list journeys ({scope}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{profile} · {host} (FLOWNALLY_TOKEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{profile} · {host} (this session)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;About Journey Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Step &amp;After Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step after the selected one, chosen by typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange the steps top to bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-&amp;layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Journey Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an output of a step to another step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the selected steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected steps and connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find steps by title, summary or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Steps Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journey file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the keyboard focus in the inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the keyboard focus in the problems list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the keyboard focus in the steps panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the keyboard focus on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the journey (PNG or SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the journey to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder with Journey Builder&apos;s log (for bug reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the overview map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the welcome page: a new journey, templates, sign-in, the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap moved steps to the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new journey in a new tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, licence and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to 100 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddStepDialog</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step after “{step}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step in the middle of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter step types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchesEditor</name>
    <message>
        <source>A split has at most 5 branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch {number} id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch {number} label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch {number} percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split evenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {percent} % — the shares must add up to 100 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasAccessibility</name>
    <message>
        <source>1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas</source>
        <extracomment>Selection changes larger than this are told as one &quot;selection changed&quot; on the canvas. An event told to assistive technology: its type and the child it concerns (-1: the canvas itself). Emitted whether or not a screen reader listens (tests, logs).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes from {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {source} ({output}) to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {source} to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey with {steps} steps and {connections} connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads nowhere yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads to {targets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: {outputs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab and Shift+Tab: next and previous step. Alt+arrow keys: the nearest step that way. Arrow keys: move the selected steps. Enter: edit the step in the inspector. Ctrl+Shift+A: add a step after it. Ctrl+L: connect. Delete: delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown step type {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a missing step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>A team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tags: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of {count} rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rules match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of {count} rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any rule matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the contact a question and wait for the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the conversation to a user or team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call a web service; take the success or the failure path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact field updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact tag added or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every time the trigger fires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <extracomment>Trigger type -&gt; its parameters (required ones must be present for ``invalid-trigger``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait before taking the timeout path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increment {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increment {field} by {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to {target} · at most {count}×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last channel the contact used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No branches yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once at a time (re-enter after leaving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once per contact, ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or close the contact&apos;s conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tags: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save answer to field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a message on a channel, from a template or as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send contacts down 2–5 branches at random, by percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the contact back to another step, a limited number of times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {field} to {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set, clear or increment a contact field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on the card; leave empty for the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the yes or the no path depending on the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact leaves the journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To team {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To user {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <extracomment>Category name -&gt; the order the palette shows them in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type “{type}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used when no template is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User or team id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for a fixed time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until something happens, or give up after a timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where contacts enter: the journey&apos;s trigger and entry mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not have tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equals</source>
        <extracomment>Rule operators (conditions of triggers and of the ``condition`` node).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once per contact</source>
        <extracomment>Entry modes as a card&apos;s summary names them (the inspector shows the long labels).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one run at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} · no content yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} minute</source>
        <extracomment>Unit -&gt; (one, other): how long a wait is (&quot;1 day&quot;, &quot;3 days&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{event} · up to {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method} · no URL yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{} for none, or {&quot;match&quot;: &quot;all&quot;, &quot;rules&quot;: [ … ]}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <source>{value} (not a known value)</source>
        <extracomment>The value the user picked (emitted only on a user&apos;s choice).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CohortInputs</name>
    <message>
        <source> contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <extracomment>The most contacts the panel generates or reads. The choice or the number changed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts made from the fields and tags the journey&apos;s rules mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load CSV/JSONL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load contacts from a CSV or JSON lines file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of contacts to generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 contacts: use a smaller file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>The tag on a marked card, and the word in the list of differences.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey&apos;s entry mode differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey&apos;s name differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey&apos;s trigger differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey&apos;s “{field}” differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} added</source>
        <extracomment>The whole comparison of the definitions (for :func:`summary_text`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Both copies changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close; the journey stays marked as in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible: both copies changed the parts marked ⚠.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sync details differ: the content is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push your version over the server&apos;s copy. Their change is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the server&apos;s changes and yours together in the open journey (Edit › Undo takes it back), then push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your draft with the server&apos;s copy. Edit › Undo brings yours back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since you last synced, the server&apos;s copy and yours changed different parts of this journey, so both sets of changes can be kept. Nothing has been overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since you last synced, the server&apos;s copy and yours changed the same parts of this journey (marked ⚠). Choose which copy to keep. Nothing has been overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone saved a change to this journey on the server since you last synced (the server&apos;s copy was saved {moment}), and you have edits that are not pushed. Nothing has been overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone saved a change to this journey on the server since you last synced, and you have edits that are not pushed. Nothing has been overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours becomes a new journey on the server, “{name}”; theirs comes into your library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} only in yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} only on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} set up differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} steps placed differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” changed on Flownally and here</source>
        <extracomment>(what, yours, the server&apos;s): the two-way summary (shown when there is no base copy).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>Keeping both copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept both: yours is “{mine}”, a new journey on the server; theirs is in your library as “{theirs}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the server&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the server&apos;s copy</source>
        <extracomment>The &quot;newer on the server&quot; bar of each journey with one showing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the server&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a newer version of a journey that is not open; open it and choose Journey › Update from Flownally to take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took the server&apos;s copy (Edit › Undo brings yours back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took the server&apos;s copy of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Choose a step to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the step to connect from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect steps</source>
        <extracomment>Item data of an output that already has a connection.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects “{source}” ({output}) to “{target}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{output} (connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{step}” has no outputs to connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <extracomment>The contact was changed by the user.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit or paste the contact as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the contact as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per field: its name and its value (3, true and null are typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has a value but no field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is there twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>An unexpected error stopped what Journey Builder was doing.</source>
        <extracomment>The box&apos;s first line: what happened, in one sentence.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <extracomment>The box on screen, if any (one at a time; the log has every error).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockTabNamer</name>
    <message>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftBinding</name>
    <message>
        <source>Not saved to the library: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {name}</source>
        <extracomment>Seconds from an edit to the start of its save. Seconds before a failed save (a full disk) is tried again. A save landed: the entry as the library now has it. A save failed; the text is a sentence for the status bar. The edit stays pending.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditableJourney</name>
    <message>
        <source>A step cannot lead to itself.</source>
        <extracomment>Vertical distance between a node and one added after it when no position is given. Horizontal distance between the outputs&apos; children of a branching node.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step id cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {step} after {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another step already has the id “{id}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change entry mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect {source} to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect {source} {output} to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit journey settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can lead into the start step: contacts enter there from the trigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rename journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename step {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output {output} is already connected and “{step}” has no output to pass contacts on; delete the connection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output {output} is already connected; delete its connection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These steps are already connected this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{step}” ends the journey; it has no outputs to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{step}” has no output named “{handle}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{step}” has no outputs to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{step}” jumps elsewhere; it has no outputs to connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorTab</name>
    <message>
        <source>Canvas</source>
        <extracomment>Shown after the journey&apos;s name in the tab while it has unsaved changes. Journeys with more steps than this open a slice at a time (fewer take a few milliseconds).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}: {percent} % of the steps drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndsChart</name>
    <message>
        <source>How the paths ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTable</name>
    <message>
        <source>Add an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <extracomment>Which key of an event the Name column holds, by event type. The script was changed by the user.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per event: when it happens after entry (like 2d3h), its type, the step it is for, its name (custom event, tag or field) and its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step the event is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <source>(vector: every card in full detail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2,000 pixels wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export this: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection (1 step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection ({count} steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide (fits 1,920 × 1,080)</source>
        <extracomment>Size presets: key -&gt; (label, scale, width, height); None where the preset leaves it open.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the export gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width × height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width} × {height} pixels at {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldBlock</name>
    <message>
        <source>Shown as JSON: the value has a shape this field does not expect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesWindow</name>
    <message>
        <source>Cannot open the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey files (*.journey.json *.json);;All files (*)</source>
        <extracomment>How long a hint stays in the status bar.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save journey as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are still here, not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinalContactView</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s fields and tags when its path ended; changes are marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find steps by title, summary or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a journey to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegerEditor</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyForm</name>
    <message>
        <source>Choose how often a contact may enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the journey a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen on the server {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote journey {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote journey {id}, last seen on the server {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a step on the canvas to edit it. These settings belong to the whole journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What starts the journey for a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{mode}” is not an entry mode this app knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyList</name>
    <message>
        <source>Changed here and on Flownally: choose which to keep (Push)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on Flownally since you last synced: update it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed remotely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited here since the last push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local only</source>
        <extracomment>Item data roles the delegate reads: a :class:`Badge` and the second line. Sync state -&gt; (text, kind, tip); the texts are translated when a badge is made.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in this library: not on Flownally yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status on Flownally: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as on Flownally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyRowDelegate</name>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message numerus="yes">
        <source>Cut %n step(s)</source>
        <extracomment>Drag-and-drop format of the palette: the node type as UTF-8 text. Something the user tried was refused (a connection), and why; for the status bar. Node keys now selected, in document order. The zoom factor (1.0 is 100 %), after every change. The visible part of the scene moved or was resized (for the minimap). The view now shows another document (``set_document``). (done, total) while a large journey&apos;s items are made a slice at a time (``build``). Every item of the journey exists. Enter on the card with the keyboard focus (the window opens it in the inspector). What screen readers see: a list of the cards and connections.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no journey steps to paste.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonEditor</name>
    <message>
        <source>JSON, e.g. &quot;text&quot;, 42, true, {&quot;key&quot;: &quot;value&quot;}</source>
        <extracomment>Applied values must be of this type (e.g. ``dict`` for conditions); None = any.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a JSON list ([ … ])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a JSON object ({ … })</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a JSON {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON yet: {error} at line {line}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON yet: {error} at line {line}, column {column} (text needs quotes: &quot;like this&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>The settings key of the chosen language: a code of LANGUAGES, or &quot;&quot; to follow the system.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey Builder will be in {language} from the next start. Restart now? Your journeys are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect after a restart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>A journey needs a name; the name was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n journey(s) for good</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n journey(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {file} into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “{name}” to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembering the open tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored “{name}” from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the library&apos;s later edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing your later edits of “{name}” from the library (not saved to the file yet; Undo shows the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template cannot be used: {error}</source>
        <extracomment>Library setting holding the links from files to entries. The list of entries changed (a save, a rename, the trash...): panels re-read it. A sentence for the status bar (saved, failed, imported...). A tab&apos;s binding saved (its entry now): the status bar&apos;s sync state follows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} changed outside Journey Builder; your later edits stay in the library as “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Add journey files to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import journeys into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey files (*.journey.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journeys in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New journey (blank, or from a template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journey matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journeys yet.
Create one with New, or import a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Flownally: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search journeys</source>
        <extracomment>Export the entry (library id) to a file the user picks.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the journeys in the trash (restore them from there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trashed {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New journey, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open journeys</source>
        <extracomment>The local library this window works on (the library panel reads it). The library, sync and versions panels (None when the window has no library).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved · {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the problems panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes · {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom (mouse wheel, or Ctrl++ and Ctrl+−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MiniMap</name>
    <message>
        <source>Overview: click or drag to move the canvas</source>
        <extracomment>Space between the minimap and the edges of the canvas. Where the minimap sits, in the order tried when it must move: its home corner first. A drag this close to the minimap already counts as under it (pixels).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeForm</name>
    <message>
        <source>Other settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings this app does not know. They are kept; edit them as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step&apos;s id in the file; connections and jumps follow a rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app does not know this type: its settings are kept as they are and are not checked. Edit them as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown step type “{type}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodePalette</name>
    <message>
        <source>Filter step types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter steps</source>
        <extracomment>A step type to add after the selected step (double-click or Enter).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeRefEditor</name>
    <message>
        <source>{id} (no such step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a step —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineQueue</name>
    <message>
        <source>Discarded a waiting change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: “{name}” will be activated when the connection returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: “{name}” will be deleted from Flownally when the connection returns; your copy is in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: “{name}” will be paused when the connection returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: “{name}” will be published when the connection returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: “{name}” will be pushed when the connection returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending waiting changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %n waiting change(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the waiting changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was not published: it has errors</source>
        <extracomment>The queue as the status bar lists it (after every change): ``list[QueuedRow]``. The refusals of one sending (``list[QueuedRow]``), to be shown once.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the contact to run the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the events to run the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey errors</source>
        <extracomment>Gives the store of a journey&apos;s samples (the window sets it to the library&apos;s).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journey open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: the journey has errors (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the preview anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample contact</source>
        <extracomment>Re-run this long after the last change of the journey or the inputs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed of the random splits: the same seed takes the same branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This journey has %n error(s); the preview may not match what will run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Walk the sample through the journey (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {total} contacts reached this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {total} contacts took this connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journey open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <extracomment>Journeys with this many steps or more are checked on a worker thread (below it a check takes a few ms, less than handing it over). GUI-thread time per turn of the event loop for copying the steps of a newly shown journey.
----------
(node keys, edge keys) a problem names: select them and centre the view on them. The problems after each check (for badges and the status bar).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: every check passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishActions</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishBlockedDialog</name>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawJsonEditor</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the JSON (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: the settings must be a JSON object ({ … }). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: the text is not valid JSON ({error} at line {line}, column {column}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the data as it is now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Make this version the draft again (Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore as Draft</source>
        <extracomment>The text of the refused edit (&quot;Move 2 steps&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteNewerBar</name>
    <message>
        <source>Close this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push your copy over the server&apos;s; their change is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the server&apos;s copy here; Edit › Undo brings yours back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a newer version of this journey.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemotePanel</name>
    <message>
        <source>Sign in to see your Flownally journeys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>%1 of %2 steps reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · ended at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Contact at the end</source>
        <extracomment>A node key to select and centre (a timeline or exits row was activated).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each exit step, how many contacts left there and after how long (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends here · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the paths ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>No value needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule {number} field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule {number} operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule {number} value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamplePicker</name>
    <message>
        <source>&amp;Sample</source>
        <extracomment>The user chose the sample at this index. &quot;new&quot;, &quot;duplicate&quot; or &quot;delete&quot;. The user renamed the current sample to this name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The named sample to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journey is not in the library: its samples are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the step after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys (Shift: 4 grid steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a connection, clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space+drag, middle-drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom around the cursor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this sign-in, e.g. “work” or “staging”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice server on this computer with example journeys; nothing leaves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the token with the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach {url}. Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the token in memory until Journey Builder quits, not in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in yet: choose “Keep for this session only” and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Flownally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with an API token of your Flownally account to push, publish and run your journeys. Your journeys stay in the library whether or not you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept this token. Check that you copied all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token works but lacks a permission: {permission}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no usable keyring, so your token cannot be stored safely. Journey Builder never keeps tokens in plain text. You can keep it for this session only (you will be asked again next time), or set {token} and {server} in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Already up to date: “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an admin for a token with that scope, then sign in with it (Account › Sign In).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey not on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing journeys on Flownally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged both copies and pushed “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing newer on the server for “{name}”; your edits are not pushed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: could not {action} — your work is saved in the library. ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened “{name}” from Flownally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push as New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push your copy as a new journey?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed “{name}” as a new journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing “{name}” as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to keep working with journeys on Flownally. Your work is saved in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke while the request was sent; it may have happened. Check the journey on Flownally before trying again. ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest edits could not be saved to the library ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a newer version of “{name}”; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy: could not {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated “{name}” from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in for “{profile}” is no longer valid ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid: sign in again to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token cannot {action}: it lacks the permission {scope}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scope it does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} (HTTP {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{task}…</source>
        <extracomment>What a remote task&apos;s function gets: a client for its thread, and its context. A sentence for the status bar. Something on the server changed because of us (the remote list may refresh). The user must sign in (again): the profile to prefill, and why. A journey was published: its library id (the versions panel refreshes). Both copies changed: a :class:`sync_work.Conflict` to show and resolve. Only the server&apos;s copy changed: (library id, the server&apos;s copy) to offer to take. The open conflict dialog of each journey (kept by :mod:`.conflicts`). The offline queue, when attached: actions wait there while offline.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” changed on the server too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is no longer on Flownally: it was deleted there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was not pushed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <source>Add a name and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateCard</name>
    <message>
        <source>Template: {title}</source>
        <extracomment>Three cards wide: the buttons above line up with the gallery&apos;s edges. The picture&apos;s own background: the well around it takes that colour, so the picture sits on a seamless tile (a light &quot;page&quot; in the dark theme too).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreeWayView</name>
    <message>
        <source>Both copies changed this: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in your copy and on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections: {changed} changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps: {changed} of {total} changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step was changed in both copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where this output leads was changed in both copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} ({output}) → {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} → {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <source>The steps the contact took, in order; Enter shows the step on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>The node key of the row clicked or entered.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeoutEditor</name>
    <message>
        <source>{field} unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggerEditor</name>
    <message>
        <source>A trigger type this app does not know: its settings are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what starts the journey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger: {parameter}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&apos;{value}&apos; is not one of: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection has neither a start nor an end: delete it or connect it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection joins steps that do not exist ({source} to {target}): delete it or connect it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch {branch} of {step} gets {percent}%: every branch needs more than 0%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch {branch} of {step} has no percentage: give it a share above 0%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every output of {step} leads to {target}, so the branch makes no difference: connect the outputs to different steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing follows {step}: contacts leave the journey after it. Connect it to the next step or to an Exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branches of {step} add up to {percent}%, not 100%: change the percentages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection from {step} leads to {missing}: delete it or connect it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection into {step} comes from {missing}: delete it or connect it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection {ends} does not say which output of {step} it leaves from ({outputs}): connect it again from the right output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection {ends} leads into the start: contacts enter only through the trigger, so remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection {ends} leaves from an output {step} does not have ({handle}; a {type} step has one output): connect it again from the right output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection {ends} leaves from an output {step} does not have ({handle}; {outputs}): connect it again from the right output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry mode of {step} ({own}) differs from the journey&apos;s ({journey}): make them the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry mode {mode} is not one this app knows ({known}): it is kept as it is; check that the server accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey does nothing yet: add a step such as Send message or Tag contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey has no Start step: add one to say how contacts enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey has no trigger: choose what starts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey has {count} Start steps ({steps}): keep only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output of {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger has no type: choose what starts the journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger needs a field (&apos;field&apos;).</source>
        <extracomment>What a missing required parameter is called (&quot;The trigger needs a field (&apos;field&apos;).&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger needs a tag (&apos;tag&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger needs a value for &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger needs an event name (&apos;eventName&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger of {step} ({own}) differs from the journey&apos;s ({journey}): make them the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger settings of {step} differ from the journey&apos;s: make them the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger&apos;s &apos;{name}&apos; must be one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger&apos;s change must be one of: {allowed}.</source>
        <extracomment>What a parameter with a value outside its choices is told.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger&apos;s channel must be one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger&apos;s conditions must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {output} output of {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a missing step ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step that does not exist ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount must be a number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch {number} needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {source} to {target}</source>
        <extracomment>One unnamed output (``sourceHandle`` absent or null). An exit or a jump: no output at all. A branching type whose handles depend on the data (a split&apos;s branch ids). Per known type: _ONE, _NONE, _BY_DATA, or the tuple of its output handles. Per known type, a small number: a list of them is counted and searched by identity, at C speed (a list of type names is compared text by text). Steps that make a contact wait: a loop through one of them cannot spin. Type number -&gt; its entry of _OUTPUTS_BY_TYPE. Steps for the settings rules to put into words (unknown types included), in order. Per position, the number of its type (None for a type outside the catalogue). id -&gt; position of the node standing for it (the first one with that id). Per position: how the step&apos;s connections are checked (see _OUTPUTS_BY_TYPE; None for a type outside the catalogue). How many outputs the known, non-terminal steps have between them. Steps whose outputs must be looked at closely (a split naming two branches alike). Steps with a one-output: is it connected. Branching steps: handle -&gt; target of the first connection from each of their outputs. Branching steps whose connections lead to more than one step. Steps with a connection from an earlier step (see reached_in_order). Connections between steps that do not wait going back up the document&apos;s order: every cycle has a connection going back, so without one there is no loop. Steps whose connections need the exact check: a repeated or unknown output, a terminal step&apos;s connection. Steps whose outputs need the exact check (dead ends, all branches to one step). jump_to step id -&gt; its target, for targets that exist and are not the step itself. Every step but the starts is entered from an earlier step: then every step can be reached from a start (by induction on the position), without a search.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no outputs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its outputs are {outputs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a full https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of non-empty names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number to increment by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a trigger object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least {minimum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between {minimum} and {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must map names to text values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must say how long to wait (amount and unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a template or a message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a trigger type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one choice for a choice question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the name of the custom event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the team to assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the user to assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trigger type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {number} has an unknown operator &apos;{operator}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {number} is not a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {number} needs a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {number} needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output of {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {output} output of {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two branches share the id &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit must be one of: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} connections join {output} to {step}: remove the extra ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} connections share the id {id} ({connections}): give each connection its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} steps share the id {id} ({steps}): give each step its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{output} is not connected: contacts who take it leave the journey there. Connect it to a step or to an Exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{output} leads to {count} steps ({steps}): an output can lead to one step only; use a Random split or a Condition to branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{steps} form a loop with no wait in it, so contacts would go round it without pause: add a Delay, Wait for event or Ask a question step to the loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} can never be reached: connect it to the journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} ends the journey, so nothing may follow it: remove its connection to {steps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} ends the journey, so nothing may follow it: remove its connections to {steps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} has 1 branch: a random split needs 2 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} has {count} branches: a random split needs 2 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} is a step of a type this app does not know ({type}): it is kept as it is, but not checked.</source>
        <extracomment>Steps that are not an action: a journey of only these does nothing (``no-action``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} is connected to itself: remove that connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} jumps to a step that does not exist ({id}): choose the step to jump to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} jumps to another step, so nothing may follow it: remove its connection to {steps}.</source>
        <extracomment>(a jump?, several connections?) -&gt; what ``terminal-has-outgoing`` says.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} jumps to another step, so nothing may follow it: remove its connections to {steps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} jumps to itself: choose another step to jump to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} {issue}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step}: {field} {issue}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step}: {field}: {issue}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences from the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft compared with version {number}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this version the draft (Edit › Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark what the draft changed since this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No published versions yet: Journey › Publish makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on Flownally yet: publish it to make a first version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the versions cannot be listed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journey from the library to see its versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore as Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored version {number} as the draft (Edit › Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this version on the canvas, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see the published versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n version(s) listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The draft is the same as version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version is read-only: Restore as Draft to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} of “{name}”, published {when} · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <extracomment>The last comparison (version id, result), for the list and tests.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · version {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>A blank journey with a start step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ready-made journey to adapt: it is copied into your library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add journey files to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design customer journeys, check them before they go live, and sync them with Flownally. Your journeys are kept in the library on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account needed: a practice Flownally server on this computer, with example journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journey file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the open journeys (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Flownally with an API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates cannot be shown: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Flownally?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Journey Builder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Connection to Flownally</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_BranchRow</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output&apos;s id (its sourceHandle); edges from this branch use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Chip</name>
    <message>
        <source>Remove tag {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {tag}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PairRow</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PaletteTree</name>
    <message>
        <source>Step types</source>
        <extracomment>What a palette drag carries (the canvas accepts it): the node type, UTF-8.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RowListEditor</name>
    <message>
        <source>Add</source>
        <extracomment>The add button&apos;s text, marked in this class&apos;s context (``self.tr`` finds it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RuleRow</name>
    <message>
        <source>Contact field, e.g. plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Several</name>
    <message numerus="yes">
        <source>%n steps selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move, copy, duplicate or delete them together. Select one step to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>({count} pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {width} × {height} image to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the image…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
