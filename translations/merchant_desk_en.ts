<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation>not tracked</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>On sale for %1 instead of %2</source>
        <translation>On sale for %1 instead of %2</translation>
    </message>
    <message>
        <source>Low on stock: %1 left</source>
        <translation>Low on stock: %1 left</translation>
    </message>
    <message>
        <source>Stock cannot be negative.</source>
        <translation>Stock cannot be negative.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of items. Leave it empty when you do not track stock.</source>
        <translation>&apos;%1&apos; is not a number of items. Leave it empty when you do not track stock.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Merchant Desk</source>
        <translation>About Merchant Desk</translation>
    </message>
    <message>
        <source>Chats, catalog, orders and loyalty points for shops that sell through WhatsApp — on your own computer, online or offline.</source>
        <translation>Chats, catalog, orders and loyalty points for shops that sell through WhatsApp — on your own computer, online or offline.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust points</source>
        <translation>Adjust points</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Required, e.g. points from the old paper card</source>
        <translation>Required, e.g. points from the old paper card</translation>
    </message>
    <message>
        <source>Add (+) or remove (−)</source>
        <translation>Add (+) or remove (−)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Save adjustment</source>
        <translation>Save adjustment</translation>
    </message>
    <message>
        <source>Say why the points are adjusted.</source>
        <translation>Say why the points are adjusted.</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Shop set up</source>
        <translation>Shop set up</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Wrong PIN entered</source>
        <translation>Wrong PIN entered</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>PIN changed</translation>
    </message>
    <message>
        <source>PIN removed</source>
        <translation>PIN removed</translation>
    </message>
    <message>
        <source>Product added</source>
        <translation>Product added</translation>
    </message>
    <message>
        <source>Product edited</source>
        <translation>Product edited</translation>
    </message>
    <message>
        <source>Product moved to the trash</source>
        <translation>Product moved to the trash</translation>
    </message>
    <message>
        <source>Product restored from the trash</source>
        <translation>Product restored from the trash</translation>
    </message>
    <message>
        <source>Product deleted for good</source>
        <translation>Product deleted for good</translation>
    </message>
    <message>
        <source>Product hidden</source>
        <translation>Product hidden</translation>
    </message>
    <message>
        <source>Product shown</source>
        <translation>Product shown</translation>
    </message>
    <message>
        <source>Price changed</source>
        <translation>Price changed</translation>
    </message>
    <message>
        <source>Stock changed</source>
        <translation>Stock changed</translation>
    </message>
    <message>
        <source>Availability changed</source>
        <translation>Availability changed</translation>
    </message>
    <message>
        <source>Collection added</source>
        <translation>Collection added</translation>
    </message>
    <message>
        <source>Collection renamed</source>
        <translation>Collection renamed</translation>
    </message>
    <message>
        <source>Collection deleted</source>
        <translation>Collection deleted</translation>
    </message>
    <message>
        <source>Collections reordered</source>
        <translation>Collections reordered</translation>
    </message>
    <message>
        <source>Products added to a collection</source>
        <translation>Products added to a collection</translation>
    </message>
    <message>
        <source>Products removed from a collection</source>
        <translation>Products removed from a collection</translation>
    </message>
    <message>
        <source>Catalog imported</source>
        <translation>Catalog imported</translation>
    </message>
    <message>
        <source>Catalog exported</source>
        <translation>Catalog exported</translation>
    </message>
    <message>
        <source>WhatsApp chat imported</source>
        <translation>WhatsApp chat imported</translation>
    </message>
    <message>
        <source>Customer added</source>
        <translation>Customer added</translation>
    </message>
    <message>
        <source>Customer edited</source>
        <translation>Customer edited</translation>
    </message>
    <message>
        <source>Customers merged</source>
        <translation>Customers merged</translation>
    </message>
    <message>
        <source>Customer moved to the trash</source>
        <translation>Customer moved to the trash</translation>
    </message>
    <message>
        <source>Customer restored from the trash</source>
        <translation>Customer restored from the trash</translation>
    </message>
    <message>
        <source>Broadcast consent changed</source>
        <translation>Broadcast consent changed</translation>
    </message>
    <message>
        <source>Conversation assigned</source>
        <translation>Conversation assigned</translation>
    </message>
    <message>
        <source>Label added</source>
        <translation>Label added</translation>
    </message>
    <message>
        <source>Label renamed</source>
        <translation>Label renamed</translation>
    </message>
    <message>
        <source>Label deleted</source>
        <translation>Label deleted</translation>
    </message>
    <message>
        <source>Keyword rule added</source>
        <translation>Keyword rule added</translation>
    </message>
    <message>
        <source>Keyword rule changed</source>
        <translation>Keyword rule changed</translation>
    </message>
    <message>
        <source>Keyword rule deleted</source>
        <translation>Keyword rule deleted</translation>
    </message>
    <message>
        <source>Keyword rules run over the history</source>
        <translation>Keyword rules run over the history</translation>
    </message>
    <message>
        <source>Demo shop created</source>
        <translation>Demo shop created</translation>
    </message>
    <message>
        <source>Quick replies added</source>
        <translation>Quick replies added</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Restore undone</source>
        <translation>Restore undone</translation>
    </message>
    <message>
        <source>Window locked</source>
        <translation>Window locked</translation>
    </message>
    <message>
        <source>Staff profile added</source>
        <translation>Staff profile added</translation>
    </message>
    <message>
        <source>Staff profile edited</source>
        <translation>Staff profile edited</translation>
    </message>
    <message>
        <source>Staff profile turned off</source>
        <translation>Staff profile turned off</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN reset</translation>
    </message>
    <message>
        <source>Connection keys saved</source>
        <translation>Connection keys saved</translation>
    </message>
    <message>
        <source>Connection keys removed</source>
        <translation>Connection keys removed</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>Order created</translation>
    </message>
    <message>
        <source>Order status changed</source>
        <translation>Order status changed</translation>
    </message>
    <message>
        <source>Stock taken for an order</source>
        <translation>Stock taken for an order</translation>
    </message>
    <message>
        <source>Stock returned from an order</source>
        <translation>Stock returned from an order</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Points earned</translation>
    </message>
    <message>
        <source>Points taken back</source>
        <translation>Points taken back</translation>
    </message>
    <message>
        <source>Welcome bonus points</source>
        <translation>Welcome bonus points</translation>
    </message>
    <message>
        <source>Points adjusted</source>
        <translation>Points adjusted</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>Points expired</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Points redeemed</translation>
    </message>
    <message>
        <source>Reward added</source>
        <translation>Reward added</translation>
    </message>
    <message>
        <source>Reward edited</source>
        <translation>Reward edited</translation>
    </message>
    <message>
        <source>Reward code used</source>
        <translation>Reward code used</translation>
    </message>
    <message>
        <source>Reward code cancelled</source>
        <translation>Reward code cancelled</translation>
    </message>
    <message>
        <source>Broadcast created</source>
        <translation>Broadcast created</translation>
    </message>
    <message>
        <source>Broadcast started</source>
        <translation>Broadcast started</translation>
    </message>
    <message>
        <source>Broadcast paused</source>
        <translation>Broadcast paused</translation>
    </message>
    <message>
        <source>Broadcast resumed</source>
        <translation>Broadcast resumed</translation>
    </message>
    <message>
        <source>Broadcast message sent</source>
        <translation>Broadcast message sent</translation>
    </message>
    <message>
        <source>Broadcast message skipped</source>
        <translation>Broadcast message skipped</translation>
    </message>
    <message>
        <source>Broadcast deleted</source>
        <translation>Broadcast deleted</translation>
    </message>
    <message>
        <source>Quick reply added</source>
        <translation>Quick reply added</translation>
    </message>
    <message>
        <source>Quick reply edited</source>
        <translation>Quick reply edited</translation>
    </message>
    <message>
        <source>Quick reply deleted</source>
        <translation>Quick reply deleted</translation>
    </message>
    <message>
        <source>Quick replies imported</source>
        <translation>Quick replies imported</translation>
    </message>
    <message>
        <source>FAQ answer added</source>
        <translation>FAQ answer added</translation>
    </message>
    <message>
        <source>FAQ answer edited</source>
        <translation>FAQ answer edited</translation>
    </message>
    <message>
        <source>FAQ answer deleted</source>
        <translation>FAQ answer deleted</translation>
    </message>
    <message>
        <source>Customer interest noted</source>
        <translation>Customer interest noted</translation>
    </message>
    <message>
        <source>Customer interest removed</source>
        <translation>Customer interest removed</translation>
    </message>
    <message>
        <source>Follow-up sent</source>
        <translation>Follow-up sent</translation>
    </message>
    <message>
        <source>Follow-up skipped</source>
        <translation>Follow-up skipped</translation>
    </message>
    <message>
        <source>Reminder set</source>
        <translation>Reminder set</translation>
    </message>
    <message>
        <source>Reminder done</source>
        <translation>Reminder done</translation>
    </message>
    <message>
        <source>Customer data exported</source>
        <translation>Customer data exported</translation>
    </message>
    <message>
        <source>Customer data erased</source>
        <translation>Customer data erased</translation>
    </message>
    <message>
        <source>shop profile</source>
        <translation>shop profile</translation>
    </message>
    <message>
        <source>loyalty program</source>
        <translation>loyalty program</translation>
    </message>
    <message>
        <source>automatic replies</source>
        <translation>automatic replies</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>backups</translation>
    </message>
    <message>
        <source>photo web address</source>
        <translation>photo web address</translation>
    </message>
    <message>
        <source>automatic lock</source>
        <translation>automatic lock</translation>
    </message>
    <message>
        <source>payment instructions</source>
        <translation>payment instructions</translation>
    </message>
    <message>
        <source>starter set</source>
        <translation>starter set</translation>
    </message>
    <message>
        <source>WhatsApp Cloud API</source>
        <translation>WhatsApp Cloud API</translation>
    </message>
    <message>
        <source>customer no. %1</source>
        <translation>customer no. %1</translation>
    </message>
    <message>
        <source>chat no. %1</source>
        <translation>chat no. %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Sale price</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Cost in points</source>
        <translation>Cost in points</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>New messages</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>With photos</source>
        <translation>With photos</translation>
    </message>
    <message>
        <source>Password-protected</source>
        <translation>Password-protected</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Old backups removed</source>
        <translation>Old backups removed</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Left out (no consent)</source>
        <translation>Left out (no consent)</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Labels added</source>
        <translation>Labels added</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Agreed to broadcasts</source>
        <translation>Agreed to broadcasts</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Rewards</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Quick replies</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Rupiah per point</source>
        <translation>Rupiah per point</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Minimum order</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Points expire after (months)</source>
        <translation>Points expire after (months)</translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation>Welcome bonus</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>access key</source>
        <translation>access key</translation>
    </message>
    <message>
        <source>app secret key</source>
        <translation>app secret key</translation>
    </message>
    <message>
        <source>phone number ID</source>
        <translation>phone number ID</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation>When (%1)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported.</source>
        <translation>
            <numerusform>%n entries exported.</numerusform>
            <numerusform>%n entries exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutomationDialog</name>
    <message>
        <source>Automated messages</source>
        <translation>Automated messages</translation>
    </message>
    <message>
        <source>Greet a customer&apos;s first message</source>
        <translation>Greet a customer&apos;s first message</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Answer when the shop is away</source>
        <translation>Answer when the shop is away</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <source>Outside business hours</source>
        <translation>Outside business hours</translation>
    </message>
    <message>
        <source>During a date range</source>
        <translation>During a date range</translation>
    </message>
    <message>
        <source>Suggest FAQ answers in the Inbox</source>
        <translation>Suggest FAQ answers in the Inbox</translation>
    </message>
    <message>
        <source>…or the first after a silence of</source>
        <translation>…or the first after a silence of</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Away message</source>
        <translation>Away message</translation>
    </message>
    <message>
        <source>Suggest when the match is at least</source>
        <translation>Suggest when the match is at least</translation>
    </message>
    <message>
        <source>Greeting and away</source>
        <translation>Greeting and away</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Business hours</translation>
    </message>
    <message>
        <source>FAQ answers</source>
        <translation>FAQ answers</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up the shop</source>
        <translation>Back up the shop</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3)</source>
        <translation>Backups (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3 *.db *.zip *.mdenc);;All files (*)</source>
        <translation>Backups (*.sqlite3 *.db *.zip *.mdenc);;All files (*)</translation>
    </message>
    <message>
        <source>Replace the shop&apos;s current data with this backup?

%1

You can undo this once in File → Settings → Backups.</source>
        <translation>Replace the shop&apos;s current data with this backup?

%1

You can undo this once in File → Settings → Backups.</translation>
    </message>
    <message>
        <source>This backup is protected. Passphrase:</source>
        <translation>This backup is protected. Passphrase:</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>The backup was restored.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up automatically at start-up (once a day; 7 daily and 4 weekly kept)</source>
        <translation>Back up automatically at start-up (once a day; 7 daily and 4 weekly kept)</translation>
    </message>
    <message>
        <source>Include product photos</source>
        <translation>Include product photos</translation>
    </message>
    <message>
        <source>Protect backups with a passphrase</source>
        <translation>Protect backups with a passphrase</translation>
    </message>
    <message>
        <source>leave empty to keep the stored passphrase</source>
        <translation>leave empty to keep the stored passphrase</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Save backup settings</source>
        <translation>Save backup settings</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Undo last restore</source>
        <translation>Undo last restore</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>with photos</source>
        <translation>with photos</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>passphrase</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Backup made.</source>
        <translation>Backup made.</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Choose a backup in the list first.</translation>
    </message>
    <message>
        <source>Replace the shop&apos;s current data with the backup of %1? You can undo this once.</source>
        <translation>Replace the shop&apos;s current data with the backup of %1? You can undo this once.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restored.</translation>
    </message>
    <message>
        <source>The restore was undone.</source>
        <translation>The restore was undone.</translation>
    </message>
</context>
<context>
    <name>BroadcastList</name>
    <message>
        <source>Broadcasts</source>
        <translation>Broadcasts</translation>
    </message>
    <message>
        <source>No broadcasts yet.
A broadcast sends one message to many customers who agreed to receive it, one by one through WhatsApp.</source>
        <translation>No broadcasts yet.
A broadcast sends one message to many customers who agreed to receive it, one by one through WhatsApp.</translation>
    </message>
    <message>
        <source>New broadcast…</source>
        <translation>New broadcast…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>BroadcastListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Left out</translation>
    </message>
    <message>
        <source>Replied in 48 h</source>
        <translation>Replied in 48 h</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>No consent: %1</source>
        <translation>No consent: %1</translation>
    </message>
    <message>
        <source>No WhatsApp number: %1</source>
        <translation>No WhatsApp number: %1</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 skipped</translation>
    </message>
</context>
<context>
    <name>BroadcastQueue</name>
    <message>
        <source>Broadcast</source>
        <translation>Broadcast</translation>
    </message>
    <message>
        <source>Open WhatsApp for the next recipient</source>
        <translation>Open WhatsApp for the next recipient</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Left out: no consent</source>
        <translation>Left out: no consent</translation>
    </message>
    <message>
        <source>Left out: no WhatsApp number</source>
        <translation>Left out: no WhatsApp number</translation>
    </message>
    <message>
        <source>Replied within 48 hours</source>
        <translation>Replied within 48 hours</translation>
    </message>
    <message>
        <source>Next: %1 (%2 waiting)</source>
        <translation>Next: %1 (%2 waiting)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Start sending</source>
        <translation>Start sending</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Broadcast finished</source>
        <translation>Broadcast finished</translation>
    </message>
    <message>
        <source>No one to send to.</source>
        <translation>No one to send to.</translation>
    </message>
    <message>
        <source>What %1, the first recipient, will get:</source>
        <translation>What %1, the first recipient, will get:</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will get this message one by one: WhatsApp opens with the text typed in and you press send there.</source>
        <translation>
            <numerusform>%n customer will get this message one by one: WhatsApp opens with the text typed in and you press send there.</numerusform>
            <numerusform>%n customers will get this message one by one: WhatsApp opens with the text typed in and you press send there.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused. Next: %1 (%2 waiting)</source>
        <translation>Paused. Next: %1 (%2 waiting)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Finished %1</translation>
    </message>
    <message>
        <source>Created %1, not started yet</source>
        <translation>Created %1, not started yet</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 of %2 sent</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out because they have not agreed</source>
        <translation>
            <numerusform>%n left out because they have not agreed</numerusform>
            <numerusform>%n left out because they have not agreed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no WhatsApp number</source>
        <translation>
            <numerusform>%n left out: no WhatsApp number</numerusform>
            <numerusform>%n left out: no WhatsApp number</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replied within 48 hours.</source>
        <translation>
            <numerusform>%n replied within 48 hours.</numerusform>
            <numerusform>%n replied within 48 hours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BroadcastWizard</name>
    <message>
        <source>New broadcast</source>
        <translation>New broadcast</translation>
    </message>
    <message>
        <source>e.g. Promo akhir tahun</source>
        <translation>e.g. Promo akhir tahun</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Free text</translation>
    </message>
    <message>
        <source>Halo kak {nama}, …</source>
        <translation>Halo kak {nama}, …</translation>
    </message>
    <message>
        <source>Any of the ticked labels</source>
        <translation>Any of the ticked labels</translation>
    </message>
    <message>
        <source>All of the ticked labels</source>
        <translation>All of the ticked labels</translation>
    </message>
    <message>
        <source>Contacted since</source>
        <translation>Contacted since</translation>
    </message>
    <message>
        <source>Bought since</source>
        <translation>Bought since</translation>
    </message>
    <message>
        <source>Create and start sending</source>
        <translation>Create and start sending</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Start from</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Only customers who agreed to receive messages are included.</source>
        <translation>Only customers who agreed to receive messages are included.</translation>
    </message>
    <message>
        <source>Write the message to see it as customers will.</source>
        <translation>Write the message to see it as customers will.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no consent</source>
        <translation>
            <numerusform>%n left out: no consent</numerusform>
            <numerusform>%n left out: no consent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no WhatsApp number</source>
        <translation>
            <numerusform>%n left out: no WhatsApp number</numerusform>
            <numerusform>%n left out: no WhatsApp number</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the broadcast a name, e.g. Promo Gajian.</source>
        <translation>Give the broadcast a name, e.g. Promo Gajian.</translation>
    </message>
    <message>
        <source>Choose a product (under Product) to fill %1, or take it out of the message.</source>
        <translation>Choose a product (under Product) to fill %1, or take it out of the message.</translation>
    </message>
    <message>
        <source>The chosen product has nothing for %1: take it out of the message.</source>
        <translation>The chosen product has nothing for %1: take it out of the message.</translation>
    </message>
    <message>
        <source>Not every recipient has a value for %1: take it out of the message or choose recipients who have one.</source>
        <translation>Not every recipient has a value for %1: take it out of the message or choose recipients who have one.</translation>
    </message>
</context>
<context>
    <name>CatalogActions</name>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation>Delete forever…</translation>
    </message>
    <message>
        <source>Change price…</source>
        <translation>Change price…</translation>
    </message>
    <message>
        <source>Set stock…</source>
        <translation>Set stock…</translation>
    </message>
    <message>
        <source>Hide from catalog</source>
        <translation>Hide from catalog</translation>
    </message>
    <message>
        <source>Show in catalog</source>
        <translation>Show in catalog</translation>
    </message>
    <message>
        <source>Set availability</source>
        <translation>Set availability</translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Add to collection</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>Remove from collection</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Still loading the list — try again in a moment.</source>
        <translation>Still loading the list — try again in a moment.</translation>
    </message>
    <message>
        <source>Changed the price of %n product(s).</source>
        <translation>Changed the price of %n product(s).</translation>
    </message>
    <message>
        <source>Duplicated the product.</source>
        <translation>Duplicated the product.</translation>
    </message>
    <message>
        <source>Moved %n product(s) to the trash. Open Trash to restore.</source>
        <translation>Moved %n product(s) to the trash. Open Trash to restore.</translation>
    </message>
    <message>
        <source>Restored %n product(s).</source>
        <translation>Restored %n product(s).</translation>
    </message>
    <message>
        <source>Delete %n product(s) forever? This cannot be undone.</source>
        <translation>Delete %n product(s) forever? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>CatalogLabels</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Refurbished</source>
        <translation>Refurbished</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>In stock</source>
        <extracomment>Meta&apos;s availability values (stored in English) and their labels, in Meta&apos;s order.</extracomment>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Out of stock</translation>
    </message>
    <message>
        <source>Pre-order</source>
        <translation>Pre-order</translation>
    </message>
    <message>
        <source>Available for order</source>
        <translation>Available for order</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Discontinued</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Add a product (Ctrl+N)</source>
        <translation>Add a product (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Bulk actions</source>
        <translation>Bulk actions</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Import catalog…</source>
        <translation>Import catalog…</translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>Loading products…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) in the trash</source>
        <translation>
            <numerusform>%n product in the trash</numerusform>
            <numerusform>%n products in the trash</numerusform>
        </translation>
    </message>
    <message>
        <source>No products match</source>
        <translation>No products match</translation>
    </message>
    <message>
        <source>%1+ products</source>
        <translation>%1+ products</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>No products yet — add one or import your catalog</source>
        <translation>No products yet — add one or import your catalog</translation>
    </message>
    <message>
        <source>Import the CSV you already use for Meta, Shopify or WooCommerce, or add products one by one.</source>
        <translation>Import the CSV you already use for Meta, Shopify or WooCommerce, or add products one by one.</translation>
    </message>
</context>
<context>
    <name>ChooseTime</name>
    <message>
        <source>Remind me</source>
        <translation>Remind me</translation>
    </message>
    <message>
        <source>Remind me at (%1)</source>
        <translation>Remind me at (%1)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a reply… (Ctrl+Enter sends it through WhatsApp)</source>
        <translation>Write a reply… (Ctrl+Enter sends it through WhatsApp)</translation>
    </message>
    <message>
        <source>Send via WhatsApp</source>
        <translation>Send via WhatsApp</translation>
    </message>
    <message>
        <source>Opens WhatsApp with this reply typed in and records it (Ctrl+Enter)</source>
        <translation>Opens WhatsApp with this reply typed in and records it (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the reply to paste it into WhatsApp yourself</source>
        <translation>Copy the reply to paste it into WhatsApp yourself</translation>
    </message>
    <message>
        <source>Reply options</source>
        <translation>Reply options</translation>
    </message>
    <message>
        <source>Open replies in WhatsApp Desktop (whatsapp://)</source>
        <translation>Open replies in WhatsApp Desktop (whatsapp://)</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Phone number ID</source>
        <translation>Phone number ID</translation>
    </message>
    <message>
        <source>&lt;b&gt;WhatsApp Cloud API&lt;/b&gt;</source>
        <translation>&lt;b&gt;WhatsApp Cloud API&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Access key (token)</source>
        <translation>Access key (token)</translation>
    </message>
    <message>
        <source>App secret key</source>
        <translation>App secret key</translation>
    </message>
    <message>
        <source>Copy it from Meta for Developers → your app → WhatsApp → API Setup.</source>
        <translation>Copy it from Meta for Developers → your app → WhatsApp → API Setup.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Save securely in this computer&apos;s password vault</source>
        <translation>Save securely in this computer&apos;s password vault</translation>
    </message>
    <message>
        <source>Remove the saved keys</source>
        <translation>Remove the saved keys</translation>
    </message>
    <message>
        <source>Kept safely in this computer&apos;s password vault, never in the shop&apos;s data or backups. Leave a field empty to keep what is stored.</source>
        <translation>Kept safely in this computer&apos;s password vault, never in the shop&apos;s data or backups. Leave a field empty to keep what is stored.</translation>
    </message>
    <message>
        <source>Stored with the system keyring: %1</source>
        <translation>Stored with the system keyring: %1</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>stored</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>This computer&apos;s password vault is not switched on, so these keys cannot be saved safely. Ask whoever looks after this computer to turn it on (they will find what is needed under Details).</source>
        <translation>This computer&apos;s password vault is not switched on, so these keys cannot be saved safely. Ask whoever looks after this computer to turn it on (they will find what is needed under Details).</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n reminder due</numerusform>
            <numerusform>%n reminders due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Crop square</source>
        <translation>Crop square</translation>
    </message>
    <message>
        <source>Drag the square to choose what the catalog shows; drag a corner to resize it.</source>
        <translation>Drag the square to choose what the catalog shows; drag a corner to resize it.</translation>
    </message>
    <message>
        <source>%1 × %1 px</source>
        <translation>%1 × %1 px</translation>
    </message>
    <message>
        <source>smaller than 500 × 500 px: WhatsApp&apos;s catalog refuses such photos</source>
        <translation>smaller than 500 × 500 px: WhatsApp&apos;s catalog refuses such photos</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Redeemed</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <source>Redeem…</source>
        <translation>Redeem…</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>Adjust…</translation>
    </message>
    <message>
        <source>Send points balance</source>
        <translation>Send points balance</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Choose a customer</source>
        <translation>Choose a customer</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} points</translation>
    </message>
    <message>
        <source>Tier: {0}</source>
        <translation>Tier: {0}</translation>
    </message>
    <message>
        <source>{0} points earned in the last 12 months</source>
        <translation>{0} points earned in the last 12 months</translation>
    </message>
    <message>
        <source>{0} expire on {1}</source>
        <translation>{0} expire on {1}</translation>
    </message>
    <message>
        <source>No WhatsApp number: the message was copied to paste in the chat.</source>
        <translation>No WhatsApp number: the message was copied to paste in the chat.</translation>
    </message>
</context>
<context>
    <name>CustomerDataPage</name>
    <message>
        <source>A customer may ask for a copy of everything the shop holds about them, or for it to be erased. Erasing removes their name, number, notes and message texts; orders and points stay, without a name, for the books.</source>
        <translation>A customer may ask for a copy of everything the shop holds about them, or for it to be erased. Erasing removes their name, number, notes and message texts; orders and points stay, without a name, for the books.</translation>
    </message>
    <message>
        <source>Find a customer by name, number or Instagram…</source>
        <translation>Find a customer by name, number or Instagram…</translation>
    </message>
    <message>
        <source>Customers in the trash</source>
        <translation>Customers in the trash</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Export their data…</source>
        <translation>Export their data…</translation>
    </message>
    <message>
        <source>Erase their personal data…</source>
        <translation>Erase their personal data…</translation>
    </message>
    <message>
        <source>Restore customer</source>
        <translation>Restore customer</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation>%1 is back.</translation>
    </message>
    <message>
        <source>Export a customer&apos;s data</source>
        <translation>Export a customer&apos;s data</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>This cannot be undone. Their name, number, notes, message texts and attachments are erased; orders and points stay without a name.

Type %1 to confirm:</source>
        <translation>This cannot be undone. Their name, number, notes, message texts and attachments are erased; orders and points stay without a name.

Type %1 to confirm:</translation>
    </message>
    <message>
        <source>Nothing erased: the name typed did not match.</source>
        <translation>Nothing erased: the name typed did not match.</translation>
    </message>
    <message>
        <source>Erased: %1 messages cleared, %2 attachments deleted.</source>
        <translation>Erased: %1 messages cleared, %2 attachments deleted.</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Edit customer</translation>
    </message>
    <message>
        <source>e.g. 0812-3456-7890</source>
        <translation>e.g. 0812-3456-7890</translation>
    </message>
    <message>
        <source>TikTok, Facebook, Shopee…</source>
        <translation>TikTok, Facebook, Shopee…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>WhatsApp number</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Other account</source>
        <translation>Other account</translation>
    </message>
    <message>
        <source>Any Indonesian spelling works: 0812…, 62812…, +62 812-…; it is kept as +62.</source>
        <translation>Any Indonesian spelling works: 0812…, 62812…, +62 812-…; it is kept as +62.</translation>
    </message>
    <message>
        <source>This number belongs to %1.</source>
        <translation>This number belongs to %1.</translation>
    </message>
    <message>
        <source>This number belongs to %1, who is in the trash.</source>
        <translation>This number belongs to %1, who is in the trash.</translation>
    </message>
    <message>
        <source>Merge with %1 instead…</source>
        <translation>Merge with %1 instead…</translation>
    </message>
    <message>
        <source>The two become one customer; then this number is saved.</source>
        <translation>The two become one customer; then this number is saved.</translation>
    </message>
</context>
<context>
    <name>CustomerInterestsWidget</name>
    <message>
        <source>Waiting for</source>
        <translation>Waiting for</translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation>Add product…</translation>
    </message>
    <message>
        <source>Mark the customer interested in a catalog product</source>
        <translation>Mark the customer interested in a catalog product</translation>
    </message>
    <message>
        <source>Nothing yet: add a product they asked about</source>
        <translation>Nothing yet: add a product they asked about</translation>
    </message>
    <message>
        <source> (in the trash)</source>
        <translation> (in the trash)</translation>
    </message>
    <message>
        <source>Stop waiting for %1</source>
        <translation>Stop waiting for %1</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Back in stock</translation>
    </message>
    <message>
        <source>Price drop</source>
        <translation>Price drop</translation>
    </message>
</context>
<context>
    <name>CustomerOrdersWidget</name>
    <message>
        <source>Orders &amp; points</source>
        <translation>Orders &amp; points</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>New order</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; points{1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; points{1}</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>No orders yet</translation>
    </message>
    <message>
        <source>Open order {0}</source>
        <translation>Open order {0}</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>Broadcasts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Edit labels</source>
        <translation>Edit labels</translation>
    </message>
    <message>
        <source>The customer&apos;s details, labels, notes and orders appear here.</source>
        <translation>The customer&apos;s details, labels, notes and orders appear here.</translation>
    </message>
    <message>
        <source>Edit customer…</source>
        <translation>Edit customer…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Merge with another customer…</source>
        <translation>Merge with another customer…</translation>
    </message>
    <message>
        <source>Move customer to the trash…</source>
        <translation>Move customer to the trash…</translation>
    </message>
    <message>
        <source>Sizes, address, preferences… (saved when you leave the field)</source>
        <translation>Sizes, address, preferences… (saved when you leave the field)</translation>
    </message>
    <message>
        <source>Agreed to receive broadcasts</source>
        <translation>Agreed to receive broadcasts</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>No conversation chosen</source>
        <translation>No conversation chosen</translation>
    </message>
    <message>
        <source>No labels</source>
        <translation>No labels</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Group chat</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>No phone number</translation>
    </message>
    <message>
        <source>Agreed %1</source>
        <translation>Agreed %1</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation>Withdrawn %1</translation>
    </message>
    <message>
        <source>Never asked</source>
        <translation>Never asked</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>set manually by %1</source>
        <translation>set manually by %1</translation>
    </message>
    <message>
        <source>Move %1 to the trash?

Their conversations, orders and points stay, and come back if the customer is restored (Settings → Customer data → Customers in the trash).</source>
        <translation>Move %1 to the trash?

Their conversations, orders and points stay, and come back if the customer is restored (Settings → Customer data → Customers in the trash).</translation>
    </message>
    <message>
        <source>Move customer to the trash</source>
        <translation>Move customer to the trash</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Customer (optional): type a name or number…</source>
        <translation>Customer (optional): type a name or number…</translation>
    </message>
</context>
<context>
    <name>DueWatcher</name>
    <message>
        <source>Reminder due: %1</source>
        <translation>Reminder due: %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Merchant Desk</source>
        <translation>Merchant Desk</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong inside Merchant Desk. Your saved data is safe.

The details were written to the log file:
{path}</source>
        <translation>Something went wrong inside Merchant Desk. Your saved data is safe.

The details were written to the log file:
{path}</translation>
    </message>
</context>
<context>
    <name>ExportCatalogDialog</name>
    <message>
        <source>Export products</source>
        <translation>Export products</translation>
    </message>
    <message>
        <source>Meta catalog feed (CSV)</source>
        <translation>Meta catalog feed (CSV)</translation>
    </message>
    <message>
        <source>Merchant Desk bundle (.zip)</source>
        <translation>Merchant Desk bundle (.zip)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>For WhatsApp, Instagram and Facebook catalogs: upload it in Commerce Manager as a data feed.</source>
        <translation>For WhatsApp, Instagram and Facebook catalogs: upload it in Commerce Manager as a data feed.</translation>
    </message>
    <message>
        <source>Public address of your photos</source>
        <translation>Public address of your photos</translation>
    </message>
    <message>
        <source>Meta only takes photos from the web. If your photo folder is online, give its address and each photo is linked as address/&lt;photo&gt;.jpg; otherwise only photo links your products already have are used.</source>
        <translation>Meta only takes photos from the web. If your photo folder is online, give its address and each photo is linked as address/&lt;photo&gt;.jpg; otherwise only photo links your products already have are used.</translation>
    </message>
    <message>
        <source>Every product, collection and photo in one file: to move the catalog to another computer or keep a copy. Import it back with Import products.</source>
        <translation>Every product, collection and photo in one file: to move the catalog to another computer or keep a copy. Import it back with Import products.</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>The address must start with http:// or https://.</translation>
    </message>
    <message>
        <source>Wrote %1 products to %2.</source>
        <translation>Wrote %1 products to %2.</translation>
    </message>
    <message>
        <source>%1 products have no photo link, and Commerce Manager refuses them until they do: %2</source>
        <translation>%1 products have no photo link, and Commerce Manager refuses them until they do: %2</translation>
    </message>
    <message>
        <source>Wrote %1 products and %2 photos to %3.</source>
        <translation>Wrote %1 products and %2 photos to %3.</translation>
    </message>
    <message>
        <source>%1 photo files were missing from the photo folder and are not in the bundle.</source>
        <translation>%1 photo files were missing from the photo folder and are not in the bundle.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
</context>
<context>
    <name>FaqPanel</name>
    <message>
        <source>One phrasing per line, e.g. brp harganya kak</source>
        <translation>One phrasing per line, e.g. brp harganya kak</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Save answer</source>
        <translation>Save answer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Other phrasings</source>
        <translation>Other phrasings</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name, SKU, brand or description  (Ctrl+F)</source>
        <translation>Search name, SKU, brand or description  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <source>Only products whose tracked stock is at or below the threshold</source>
        <translation>Only products whose tracked stock is at or below the threshold</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Deleted products, which can be restored</source>
        <translation>Deleted products, which can be restored</translation>
    </message>
    <message>
        <source>Any availability</source>
        <translation>Any availability</translation>
    </message>
    <message>
        <source>Shown and hidden</source>
        <translation>Shown and hidden</translation>
    </message>
    <message>
        <source>Shown only</source>
        <translation>Shown only</translation>
    </message>
    <message>
        <source>Hidden only</source>
        <translation>Hidden only</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>All collections</translation>
    </message>
    <message>
        <source>Search all messages (Ctrl+F)</source>
        <translation>Search all messages (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Not resolved</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>All labels</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message numerus="yes">
        <source>Unread (%n)</source>
        <translation>
            <numerusform>Unread (%n)</numerusform>
            <numerusform>Unread (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
    <message>
        <source>Show only conversations with unread messages</source>
        <translation>Show only conversations with unread messages</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Reminders and notices</source>
        <translation>Reminders and notices</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>Open chat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Back in stock and price drops</source>
        <translation>Back in stock and price drops</translation>
    </message>
    <message>
        <source>Due: %1 — %2</source>
        <translation>Due: %1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Back in stock</translation>
    </message>
    <message>
        <source>Price drop</source>
        <translation>Price drop</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Add holiday</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Several ranges per day, separated by commas, e.g. 08:00-12:00, 13:00-17:00</source>
        <translation>Several ranges per day, separated by commas, e.g. 08:00-12:00, 13:00-17:00</translation>
    </message>
    <message>
        <source>Holidays (closed all day)</source>
        <translation>Holidays (closed all day)</translation>
    </message>
    <message>
        <source>Cannot read the hours of %1. %2</source>
        <translation>Cannot read the hours of %1. %2</translation>
    </message>
</context>
<context>
    <name>ImportCatalogDialog</name>
    <message>
        <source>Detect from the file</source>
        <translation>Detect from the file</translation>
    </message>
    <message>
        <source>Meta catalog feed (Commerce Manager)</source>
        <translation>Meta catalog feed (Commerce Manager)</translation>
    </message>
    <message>
        <source>Shopify products CSV</source>
        <translation>Shopify products CSV</translation>
    </message>
    <message>
        <source>WooCommerce products CSV</source>
        <translation>WooCommerce products CSV</translation>
    </message>
    <message>
        <source>Merchant Desk export (CSV or .zip)</source>
        <translation>Merchant Desk export (CSV or .zip)</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Import products</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose (or drop here) a product CSV from Meta Commerce Manager, Shopify or WooCommerce, or a Merchant Desk export. Nothing is changed until you click Import.</source>
        <translation>Choose (or drop here) a product CSV from Meta Commerce Manager, Shopify or WooCommerce, or a Merchant Desk export. Nothing is changed until you click Import.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>warnings</translation>
    </message>
    <message>
        <source>Catalog files (*.csv *.zip);;All files (*)</source>
        <translation>Catalog files (*.csv *.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>Rejected rows (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnings (%1)</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Every row can be imported.</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>No warnings.</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Read as: %1</translation>
    </message>
    <message>
        <source>New collections: %1</source>
        <translation>New collections: %1</translation>
    </message>
    <message>
        <source>Nothing to import: every product in this file is already up to date.</source>
        <translation>Nothing to import: every product in this file is already up to date.</translation>
    </message>
    <message>
        <source>Click Import to add %1 and update %2 products in one step.</source>
        <translation>Click Import to add %1 and update %2 products in one step.</translation>
    </message>
    <message>
        <source>Rejected rows are left out.</source>
        <translation>Rejected rows are left out.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>Imported: %1 new, %2 updated, %3 unchanged, %4 rejected.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>ImportChatDialog</name>
    <message>
        <source>Import WhatsApp chat</source>
        <translation>Import WhatsApp chat</translation>
    </message>
    <message>
        <source>In WhatsApp, open the chat, choose More → Export chat, and save the .txt or .zip file here. Importing the same chat again adds only new messages.</source>
        <translation>In WhatsApp, open the chat, choose More → Export chat, and save the .txt or .zip file here. Importing the same chat again adds only new messages.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>As detected</translation>
    </message>
    <message>
        <source>Day/month/year</source>
        <translation>Day/month/year</translation>
    </message>
    <message>
        <source>Month/day/year</source>
        <translation>Month/day/year</translation>
    </message>
    <message>
        <source>Year/month/day</source>
        <translation>Year/month/day</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Date order</translation>
    </message>
    <message>
        <source>Which one is the shop (me)?</source>
        <translation>Which one is the shop (me)?</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>First message</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose a WhatsApp export</source>
        <translation>Choose a WhatsApp export</translation>
    </message>
    <message>
        <source>WhatsApp exports (*.txt *.zip)</source>
        <translation>WhatsApp exports (*.txt *.zip)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>detected from the file</source>
        <translation>detected from the file</translation>
    </message>
    <message>
        <source>the shop&apos;s usual order</source>
        <translation>the shop&apos;s usual order</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>chosen by you</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>month/day/year</translation>
    </message>
    <message>
        <source>year/month/day</source>
        <translation>year/month/day</translation>
    </message>
    <message>
        <source>group chat</source>
        <translation>group chat</translation>
    </message>
    <message>
        <source>chat with one customer</source>
        <translation>chat with one customer</translation>
    </message>
    <message>
        <source>None of them</source>
        <translation>None of them</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n notice</numerusform>
            <numerusform>%n notices</numerusform>
        </translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Saving messages…</source>
        <translation>Saving messages…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) imported</source>
        <translation>
            <numerusform>%n new message imported</numerusform>
            <numerusform>%n new messages imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) stored</source>
        <translation>
            <numerusform>%n file stored</numerusform>
            <numerusform>%n files stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) added by rules</source>
        <translation>
            <numerusform>%n label added by rules</numerusform>
            <numerusform>%n labels added by rules</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: every message of this export was already imported.</source>
        <translation>Nothing new: every message of this export was already imported.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import cancelled: nothing was imported.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>InboxActionsMixin</name>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>%n message(s) found</source>
        <translation>%n message(s) found</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>WhatsApp could not be opened. The reply was copied: paste it into WhatsApp yourself.</source>
        <translation>WhatsApp could not be opened. The reply was copied: paste it into WhatsApp yourself.</translation>
    </message>
    <message>
        <source>Reply copied: paste it into WhatsApp.</source>
        <translation>Reply copied: paste it into WhatsApp.</translation>
    </message>
</context>
<context>
    <name>InboxExtras</name>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Reminders, and back-in-stock / price-drop messages to send</source>
        <translation>Reminders, and back-in-stock / price-drop messages to send</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n reminder due</numerusform>
            <numerusform>%n reminders due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to send</source>
        <translation>
            <numerusform>%n message to send</numerusform>
            <numerusform>%n messages to send</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder set.</source>
        <translation>Reminder set.</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Import WhatsApp chat…</source>
        <translation>Import WhatsApp chat…</translation>
    </message>
    <message>
        <source>Bring in a chat from WhatsApp&apos;s &quot;Export chat&quot; (.txt or .zip)</source>
        <translation>Bring in a chat from WhatsApp&apos;s &quot;Export chat&quot; (.txt or .zip)</translation>
    </message>
    <message>
        <source>Labels…</source>
        <translation>Labels…</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Rules…</translation>
    </message>
    <message>
        <source>Keyword rules that label incoming messages</source>
        <translation>Keyword rules that label incoming messages</translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation>Loading conversations…</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Group chats cannot be answered through a WhatsApp link: reply in the group on your phone.</source>
        <translation>Group chats cannot be answered through a WhatsApp link: reply in the group on your phone.</translation>
    </message>
    <message>
        <source>This customer has no WhatsApp number: add one to reply.</source>
        <translation>This customer has no WhatsApp number: add one to reply.</translation>
    </message>
    <message>
        <source>Add WhatsApp number…</source>
        <translation>Add WhatsApp number…</translation>
    </message>
</context>
<context>
    <name>InboxTexts</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Voice message</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>InterestDialog</name>
    <message>
        <source>Interested in a product</source>
        <translation>Interested in a product</translation>
    </message>
    <message>
        <source>Choose the product %1 is waiting for. When it is back in stock or cheaper, a message for them waits under Follow-ups.</source>
        <translation>Choose the product %1 is waiting for. When it is back in stock or cheaper, a message for them waits under Follow-ups.</translation>
    </message>
    <message>
        <source>Search the catalog by name or SKU…</source>
        <translation>Search the catalog by name or SKU…</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Back in stock</translation>
    </message>
    <message>
        <source>Price drop</source>
        <translation>Price drop</translation>
    </message>
    <message>
        <source>Notify me about:</source>
        <translation>Notify me about:</translation>
    </message>
    <message>
        <source>Mark interested</source>
        <translation>Mark interested</translation>
    </message>
</context>
<context>
    <name>IssueModel</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Labels sort your chats the way WhatsApp Business does. Drag to reorder.</source>
        <translation>Labels sort your chats the way WhatsApp Business does. Drag to reorder.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Colour…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>New label</translation>
    </message>
    <message>
        <source>Name of the new label:</source>
        <translation>Name of the new label:</translation>
    </message>
    <message>
        <source>Rename label</source>
        <translation>Rename label</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Label colour</translation>
    </message>
    <message>
        <source>Delete label</source>
        <translation>Delete label</translation>
    </message>
    <message>
        <source>Delete the label &quot;%1&quot;? It is removed from every customer and chat; rules keep their other actions.</source>
        <translation>Delete the label &quot;%1&quot;? It is removed from every customer and chat; rules keep their other actions.</translation>
    </message>
</context>
<context>
    <name>LoyaltyTab</name>
    <message>
        <source>Loyalty</source>
        <translation>Loyalty</translation>
    </message>
    <message>
        <source>An estimate of what the unredeemed points would cost the shop: points × the value per point of the Rupiah discount reward that gives the least per point. Free products and percentage caps are not used, so the figure is not inflated.</source>
        <translation>An estimate of what the unredeemed points would cost the shop: points × the value per point of the Rupiah discount reward that gives the least per point. Free products and percentage caps are not used, so the figure is not inflated.</translation>
    </message>
    <message>
        <source>Points owed to customers</source>
        <translation>Points owed to customers</translation>
    </message>
    <message>
        <source>Program settings…</source>
        <translation>Program settings…</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Redeemed</translation>
    </message>
    <message>
        <source>Add reward…</source>
        <translation>Add reward…</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Rewards</translation>
    </message>
    <message>
        <source>{0} points not redeemed yet, valued by the reward “{1}” ({2} = {3} points)</source>
        <translation>{0} points not redeemed yet, valued by the reward “{1}” ({2} = {3} points)</translation>
    </message>
    <message>
        <source>{0} points not redeemed yet, valued at {1} per point (program setting)</source>
        <translation>{0} points not redeemed yet, valued at {1} per point (program setting)</translation>
    </message>
    <message>
        <source>{0} points not redeemed yet; add a Rupiah discount reward to value them</source>
        <translation>{0} points not redeemed yet; add a Rupiah discount reward to value them</translation>
    </message>
    <message>
        <source>{0} (paused)</source>
        <translation>{0} (paused)</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} points</translation>
    </message>
    <message>
        <source>Free product</source>
        <translation>Free product</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>Switch &amp;user…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Merchant Desk</source>
        <translation>&amp;About Merchant Desk</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Open &amp;data folder</translation>
    </message>
    <message>
        <source>Open &amp;log file</source>
        <translation>Open &amp;log file</translation>
    </message>
    <message>
        <source>It is here:
%1</source>
        <translation>It is here:
%1</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>Still opening the shop, one moment…</source>
        <translation>Still opening the shop, one moment…</translation>
    </message>
    <message>
        <source>Merchant Desk is still saving work. Quit anyway when it is done?</source>
        <translation>Merchant Desk is still saving work. Quit anyway when it is done?</translation>
    </message>
</context>
<context>
    <name>MergeCustomerDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Merge customers</translation>
    </message>
    <message>
        <source>Your profile may not merge or delete customers: the owner can allow it with “Export customer data” in Settings → Staff.</source>
        <translation>Your profile may not merge or delete customers: the owner can allow it with “Export customer data” in Settings → Staff.</translation>
    </message>
    <message>
        <source>Stays: %1</source>
        <translation>Stays: %1</translation>
    </message>
    <message>
        <source>Choose the other record of this customer. Its conversations, labels, orders and points move to the one that stays, and it goes to the trash.</source>
        <translation>Choose the other record of this customer. Its conversations, labels, orders and points move to the one that stays, and it goes to the trash.</translation>
    </message>
    <message>
        <source>Name or WhatsApp number…</source>
        <translation>Name or WhatsApp number…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>No other customer found: try a part of the number, e.g. 0812-3456.</source>
        <translation>No other customer found: try a part of the number, e.g. 0812-3456.</translation>
    </message>
    <message>
        <source>Counting what moves…</source>
        <translation>Counting what moves…</translation>
    </message>
    <message>
        <source>Moves to %1: %2.</source>
        <translation>Moves to %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new label(s)</source>
        <translation>
            <numerusform>%n new label</numerusform>
            <numerusform>%n new labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) waited for</source>
        <translation>
            <numerusform>%n product waited for</numerusform>
            <numerusform>%n products waited for</numerusform>
        </translation>
    </message>
    <message>
        <source>Stays: %1
Goes to the trash: %2

Moving to %3: %4.
WhatsApp chats of the two become one.</source>
        <translation>Stays: %1
Goes to the trash: %2

Moving to %3: %4.
WhatsApp chats of the two become one.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>New order</source>
        <translation>New order</translation>
    </message>
    <message>
        <source>Search the catalog by name or SKU…</source>
        <translation>Search the catalog by name or SKU…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Notes for this order (address, colour, delivery time…)</source>
        <translation>Notes for this order (address, colour, delivery time…)</translation>
    </message>
    <message>
        <source>Order discount</source>
        <translation>Order discount</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <source>Save order</source>
        <translation>Save order</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Remove this line</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
</context>
<context>
    <name>OrderViewDialog</name>
    <message>
        <source>Copy invoice for WhatsApp</source>
        <translation>Copy invoice for WhatsApp</translation>
    </message>
    <message>
        <source>Save invoice as PDF…</source>
        <translation>Save invoice as PDF…</translation>
    </message>
    <message>
        <source>Reward code, e.g. K7QX-M4PA</source>
        <translation>Reward code, e.g. K7QX-M4PA</translation>
    </message>
    <message>
        <source>Apply code</source>
        <translation>Apply code</translation>
    </message>
    <message>
        <source>Order {0}</source>
        <translation>Order {0}</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>No customer</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Move to:</translation>
    </message>
    <message>
        <source>This order is final.</source>
        <translation>This order is final.</translation>
    </message>
    <message>
        <source>Cancel this order?</source>
        <translation>Cancel this order?</translation>
    </message>
    <message>
        <source>Not enough stock</source>
        <translation>Not enough stock</translation>
    </message>
    <message>
        <source>Points already spent</source>
        <translation>Points already spent</translation>
    </message>
    <message>
        <source>Allow a negative balance</source>
        <translation>Allow a negative balance</translation>
    </message>
    <message>
        <source>Take back only what is left</source>
        <translation>Take back only what is left</translation>
    </message>
    <message>
        <source>Keep the order</source>
        <translation>Keep the order</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Copied ✓</translation>
    </message>
    <message>
        <source>Save invoice as PDF</source>
        <translation>Save invoice as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A code needs the order&apos;s customer.</source>
        <translation>A code needs the order&apos;s customer.</translation>
    </message>
    <message>
        <source>Code not applied</source>
        <translation>Code not applied</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>All orders</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Open orders</translation>
    </message>
    <message>
        <source>Search by order number or customer…</source>
        <translation>Search by order number or customer…</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>New order</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Overview</source>
        <extracomment>In the order they appear; feature issues append theirs. No placeholder tabs: only features that exist.</extracomment>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Recent activity</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>WhatsApp %1 · %2</source>
        <translation>WhatsApp %1 · %2</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>%1 hidden · %2 low on stock</source>
        <translation>%1 hidden · %2 low on stock</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>%1 agreed to broadcasts</source>
        <translation>%1 agreed to broadcasts</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 open</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>in every chat</source>
        <translation>in every chat</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>%1 not finished yet</source>
        <translation>%1 not finished yet</translation>
    </message>
    <message>
        <source>Paid sales</source>
        <translation>Paid sales</translation>
    </message>
    <message>
        <source>paid, shipped or done</source>
        <translation>paid, shipped or done</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Loyalty points</translation>
    </message>
    <message>
        <source>held by customers</source>
        <translation>held by customers</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Quick replies</translation>
    </message>
    <message>
        <source>%1 labels</source>
        <translation>%1 labels</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Drop photos here, paste one with Ctrl+V, or click Add photos…</source>
        <translation>Drop photos here, paste one with Ctrl+V, or click Add photos…</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Make cover</source>
        <translation>Make cover</translation>
    </message>
    <message>
        <source>Crop square…</source>
        <translation>Crop square…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Paste a copied picture or picture files (Ctrl+V)</source>
        <translation>Paste a copied picture or picture files (Ctrl+V)</translation>
    </message>
    <message>
        <source>The first photo is the cover. Drag photos to change their order.</source>
        <translation>The first photo is the cover. Drag photos to change their order.</translation>
    </message>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>Pictures (%1)</translation>
    </message>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>The clipboard holds no picture.</translation>
    </message>
    <message>
        <source>pasted picture</source>
        <translation>pasted picture</translation>
    </message>
    <message>
        <source>A product may have at most 10 photos; the rest were not added.</source>
        <translation>A product may have at most 10 photos; the rest were not added.</translation>
    </message>
    <message>
        <source>%1 is already one of this product&apos;s photos.</source>
        <translation>%1 is already one of this product&apos;s photos.</translation>
    </message>
    <message>
        <source>A product may have at most 10 photos.</source>
        <translation>A product may have at most 10 photos.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>Sign in — %1</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Forgot your PIN?</source>
        <translation>Forgot your PIN?</translation>
    </message>
    <message>
        <source>Ask the shop owner: they can set a new PIN for you in Settings → Staff.
Owner who forgot their own PIN: on this computer, close this window and run “merchant-desk reset-owner-pin” in a terminal. It asks for a new PIN and notes the reset in the audit log.</source>
        <translation>Ask the shop owner: they can set a new PIN for you in Settings → Staff.
Owner who forgot their own PIN: on this computer, close this window and run “merchant-desk reset-owner-pin” in a terminal. It asks for a new PIN and notes the reset in the audit log.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Owner PIN (optional)</source>
        <translation>Owner PIN (optional)</translation>
    </message>
    <message>
        <source>A PIN of 4 to 8 digits keeps others out when this computer is shared. Leave both fields empty to start without a PIN; you can set one later in Settings.</source>
        <translation>A PIN of 4 to 8 digits keeps others out when this computer is shared. Leave both fields empty to start without a PIN; you can set one later in Settings.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Repeat PIN</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
</context>
<context>
    <name>PriceChangeDialog</name>
    <message>
        <source>Change prices</source>
        <translation>Change prices</translation>
    </message>
    <message numerus="yes">
        <source>Change the price of %n product(s).</source>
        <translation>
            <numerusform>Change the price of %n product.</numerusform>
            <numerusform>Change the price of %n products.</numerusform>
        </translation>
    </message>
    <message>
        <source>By percent</source>
        <translation>By percent</translation>
    </message>
    <message>
        <source>By amount (Rp)</source>
        <translation>By amount (Rp)</translation>
    </message>
    <message>
        <source>e.g. 10 or -5</source>
        <translation>e.g. 10 or -5</translation>
    </message>
    <message>
        <source>No rounding</source>
        <translation>No rounding</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Round to</source>
        <translation>Round to</translation>
    </message>
    <message>
        <source>Type a percentage such as 10 or -5 (more than -100).</source>
        <translation>Type a percentage such as 10 or -5 (more than -100).</translation>
    </message>
</context>
<context>
    <name>PriceField</name>
    <message>
        <source>e.g. 15.000, Rp15.000 or 15rb</source>
        <translation>e.g. 15.000, Rp15.000 or 15rb</translation>
    </message>
</context>
<context>
    <name>ProductChooser</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>None (for {produk}, {harga}, {stok}, {link_produk})</source>
        <translation>None (for {produk}, {harga}, {stok}, {link_produk})</translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <source>optional, lower than the price</source>
        <translation>optional, lower than the price</translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation>Not tracked</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>New collection…</translation>
    </message>
    <message>
        <source>Hidden from customers</source>
        <translation>Hidden from customers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Sale price</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Edit product — %1</source>
        <translation>Edit product — %1</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>New collection</translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation>Name of the new collection:</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Please correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Discard your changes to this product?</source>
        <translation>Discard your changes to this product?</translation>
    </message>
</context>
<context>
    <name>ProductModel</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>The sale price (%1) must stay below the price: change both in the product editor.</source>
        <translation>The sale price (%1) must stay below the price: change both in the product editor.</translation>
    </message>
</context>
<context>
    <name>ProductSearch</name>
    <message>
        <source> · stock %1</source>
        <translation> · stock %1</translation>
    </message>
    <message>
        <source> · out of stock</source>
        <translation> · out of stock</translation>
    </message>
</context>
<context>
    <name>ProductSearchDialog</name>
    <message>
        <source>Product for the broadcast</source>
        <translation>Product for the broadcast</translation>
    </message>
    <message>
        <source>Search the catalog by name or SKU…</source>
        <translation>Search the catalog by name or SKU…</translation>
    </message>
    <message>
        <source>Use this product</source>
        <translation>Use this product</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>Owner&apos;s name</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>WhatsApp number</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>e.g. Toko Berkah Jaya</source>
        <translation>e.g. Toko Berkah Jaya</translation>
    </message>
    <message>
        <source>e.g. Siti Rahayu</source>
        <translation>e.g. Siti Rahayu</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Loyalty program</source>
        <translation>Loyalty program</translation>
    </message>
    <message>
        <source>Customers earn points</source>
        <translation>Customers earn points</translation>
    </message>
    <message>
        <source>When the order is paid</source>
        <translation>When the order is paid</translation>
    </message>
    <message>
        <source>When the order is completed</source>
        <translation>When the order is completed</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Points in 12 months</source>
        <translation>Points in 12 months</translation>
    </message>
    <message>
        <source>Multiplier %</source>
        <translation>Multiplier %</translation>
    </message>
    <message>
        <source>1 point for every</source>
        <translation>1 point for every</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Minimum order</translation>
    </message>
    <message>
        <source>Points are earned</source>
        <translation>Points are earned</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>Points expire after</translation>
    </message>
    <message>
        <source>Sign-up bonus</source>
        <translation>Sign-up bonus</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Type a new tier in the empty row; clear a name to remove its tier.</source>
        <translation>Type a new tier in the empty row; clear a name to remove its tier.</translation>
    </message>
</context>
<context>
    <name>ProposalBar</name>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Suggested answer (%1%):</source>
        <translation>Suggested answer (%1%):</translation>
    </message>
    <message>
        <source>Greeting:</source>
        <translation>Greeting:</translation>
    </message>
    <message>
        <source>Away message:</source>
        <translation>Away message:</translation>
    </message>
</context>
<context>
    <name>QuickRepliesTab</name>
    <message>
        <source>Quick replies</source>
        <translation>Quick replies</translation>
    </message>
    <message>
        <source>Search shortcut, title or text…</source>
        <translation>Search shortcut, title or text…</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>New reply</translation>
    </message>
    <message numerus="yes">
        <source>%n quick reply(s)</source>
        <translation>
            <numerusform>%n quick reply</numerusform>
            <numerusform>%n quick replys</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete quick reply</source>
        <translation>Delete quick reply</translation>
    </message>
    <message>
        <source>Delete the quick reply /%1?</source>
        <translation>Delete the quick reply /%1?</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Expiring in 30 days</source>
        <translation>Expiring in 30 days</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <source>Redeem points</source>
        <translation>Redeem points</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} points</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Redeem</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copy code</translation>
    </message>
    <message>
        <source>{0} — {1} points</source>
        <translation>{0} — {1} points</translation>
    </message>
    <message>
        <source>No rewards yet: add one in the rewards list.</source>
        <translation>No rewards yet: add one in the rewards list.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>RemindButton</name>
    <message>
        <source>Remind me</source>
        <translation>Remind me</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>In 1 hour</translation>
    </message>
    <message>
        <source>Tomorrow at 09:00</source>
        <translation>Tomorrow at 09:00</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>In 3 days</translation>
    </message>
    <message>
        <source>At a chosen time…</source>
        <translation>At a chosen time…</translation>
    </message>
    <message>
        <source>Reminders and notices…</source>
        <translation>Reminders and notices…</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>/rekening</source>
        <translation>/rekening</translation>
    </message>
    <message>
        <source>e.g. Payment details</source>
        <translation>e.g. Payment details</translation>
    </message>
    <message>
        <source>Halo kak {nama}, … — *bold*, _italic_, ~strike~, ```mono```</source>
        <translation>Halo kak {nama}, … — *bold*, _italic_, ~strike~, ```mono```</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert)</source>
        <translation>Placeholders (double-click to insert)</translation>
    </message>
    <message>
        <source>Preview for a sample customer and product</source>
        <translation>Preview for a sample customer and product</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Edit quick reply</source>
        <translation>Edit quick reply</translation>
    </message>
    <message>
        <source>New quick reply</source>
        <translation>New quick reply</translation>
    </message>
</context>
<context>
    <name>ReplyModel</name>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>Times used</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
</context>
<context>
    <name>ReplyPhotos</name>
    <message>
        <source>Add file…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <source>From catalog…</source>
        <translation>From catalog…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.heic)</translation>
    </message>
    <message>
        <source>Photo from the catalog</source>
        <translation>Photo from the catalog</translation>
    </message>
    <message>
        <source>Product name or SKU</source>
        <translation>Product name or SKU</translation>
    </message>
    <message>
        <source>No product found.</source>
        <translation>No product found.</translation>
    </message>
</context>
<context>
    <name>ReplyPicker</name>
    <message numerus="yes">
        <source>This reply has %n photo(s): attach them in WhatsApp.</source>
        <translation>
            <numerusform>This reply has %n photo: attach them in WhatsApp.</numerusform>
            <numerusform>This reply has %n photos: attach them in WhatsApp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not inserted: %1</source>
        <translation>Not inserted: %1</translation>
    </message>
</context>
<context>
    <name>ReplyTransfer</name>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Add quick replies from a JSON file exported on another computer</source>
        <translation>Add quick replies from a JSON file exported on another computer</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save every quick reply to a JSON file</source>
        <translation>Save every quick reply to a JSON file</translation>
    </message>
    <message>
        <source>Add starter set</source>
        <translation>Add starter set</translation>
    </message>
    <message>
        <source>Greeting, price list, payment, shipping, thank you, order status</source>
        <translation>Greeting, price list, payment, shipping, thank you, order status</translation>
    </message>
    <message>
        <source>Automation…</source>
        <translation>Automation…</translation>
    </message>
    <message>
        <source>Broadcast…</source>
        <translation>Broadcast…</translation>
    </message>
    <message>
        <source>Export quick replies</source>
        <translation>Export quick replies</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Import quick replies</source>
        <translation>Import quick replies</translation>
    </message>
    <message>
        <source>%n quick reply(s) added.</source>
        <translation>%n quick reply(s) added.</translation>
    </message>
    <message>
        <source>%n already here.</source>
        <translation>%n already here.</translation>
    </message>
    <message>
        <source>Kept as they are here (the file has another text): %1</source>
        <translation>Kept as they are here (the file has another text): %1</translation>
    </message>
</context>
<context>
    <name>RewardDialog</name>
    <message>
        <source>Edit reward</source>
        <translation>Edit reward</translation>
    </message>
    <message>
        <source>New reward</source>
        <translation>New reward</translation>
    </message>
    <message>
        <source>Discount in Rupiah</source>
        <translation>Discount in Rupiah</translation>
    </message>
    <message>
        <source>Percentage discount</source>
        <translation>Percentage discount</translation>
    </message>
    <message>
        <source>Free product</source>
        <translation>Free product</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>No cap</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>Customers can redeem it</source>
        <translation>Customers can redeem it</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Code valid for</source>
        <translation>Code valid for</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>Per customer</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Edit rule</source>
        <translation>Edit rule</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>New rule</translation>
    </message>
    <message>
        <source>e.g. berapa, harga, ready, stok</source>
        <translation>e.g. berapa, harga, ready, stok</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>No label</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Leave as it is</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Matching ignores case, accents and punctuation, and knows chat spellings (brp = berapa, tf = transfer).</source>
        <translation>Matching ignores case, accents and punctuation, and knows chat spellings (brp = berapa, tf = transfer).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Any of these words</source>
        <translation>Any of these words</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Add label</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Set status</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Assign to</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Keyword rules</source>
        <translation>Keyword rules</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Does</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Run over history</source>
        <translation>Run over history</translation>
    </message>
    <message>
        <source>Label every past incoming message by today&apos;s rules and recount matches</source>
        <translation>Label every past incoming message by today&apos;s rules and recount matches</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>label “%1”</source>
        <translation>label “%1”</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <source>assign to %1</source>
        <translation>assign to %1</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>(off)</translation>
    </message>
    <message>
        <source>Delete the rule &quot;%1&quot;? Labels it added stay.</source>
        <translation>Delete the rule &quot;%1&quot;? Labels it added stay.</translation>
    </message>
    <message>
        <source>Reading every incoming message…</source>
        <translation>Reading every incoming message…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) checked</source>
        <translation>
            <numerusform>%n message checked</numerusform>
            <numerusform>%n messages checked</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: the matched counts below are up to date.</source>
        <translation>Done: the matched counts below are up to date.</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Stopped: nothing was changed.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Merchant Desk.</source>
        <translation>A new language is used from the next start of Merchant Desk.</translation>
    </message>
    <message>
        <source>e.g.
BCA 1234567890 a.n. Siti Rahayu
GoPay / OVO 0812-3456-7890
Send the receipt here, thanks.</source>
        <translation>e.g.
BCA 1234567890 a.n. Siti Rahayu
GoPay / OVO 0812-3456-7890
Send the receipt here, thanks.</translation>
    </message>
    <message>
        <source>Payment instructions (bank account, e-wallet, QRIS)</source>
        <translation>Payment instructions (bank account, e-wallet, QRIS)</translation>
    </message>
    <message>
        <source>Printed on the invoice of every order that is not paid yet.</source>
        <translation>Printed on the invoice of every order that is not paid yet.</translation>
    </message>
    <message>
        <source>leave empty to keep the current PIN</source>
        <translation>leave empty to keep the current PIN</translation>
    </message>
    <message>
        <source>The PIN of the signed-in profile (4 to 8 digits).</source>
        <translation>The PIN of the signed-in profile (4 to 8 digits).</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Repeat PIN</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Customer data</source>
        <translation>Customer data</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Merchant Desk</source>
        <translation>Set up Merchant Desk</translation>
    </message>
</context>
<context>
    <name>ShareMenu</name>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Copy for WhatsApp</source>
        <translation>Copy for WhatsApp</translation>
    </message>
    <message>
        <source>Save product card…</source>
        <translation>Save product card…</translation>
    </message>
    <message>
        <source>Copy product card</source>
        <translation>Copy product card</translation>
    </message>
    <message>
        <source>Copy order link</source>
        <translation>Copy order link</translation>
    </message>
    <message>
        <source>Name, price and a short description, formatted for a WhatsApp chat</source>
        <translation>Name, price and a short description, formatted for a WhatsApp chat</translation>
    </message>
    <message>
        <source>A square picture for WhatsApp Status or Instagram</source>
        <translation>A square picture for WhatsApp Status or Instagram</translation>
    </message>
    <message>
        <source>A wa.me link that opens a chat with your shop to order this product</source>
        <translation>A wa.me link that opens a chat with your shop to order this product</translation>
    </message>
    <message>
        <source>Copied: paste it into a WhatsApp chat.</source>
        <translation>Copied: paste it into a WhatsApp chat.</translation>
    </message>
    <message>
        <source>Order link copied.</source>
        <translation>Order link copied.</translation>
    </message>
    <message>
        <source>Save product card</source>
        <translation>Save product card</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Product card copied: paste it into WhatsApp or Instagram.</source>
        <translation>Product card copied: paste it into WhatsApp or Instagram.</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Your shop</source>
        <translation>Your shop</translation>
    </message>
    <message>
        <source>Customers see this name and number in the messages you send.</source>
        <translation>Customers see this name and number in the messages you send.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>Reset PIN…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>Lock after idle</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>everything</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>daily work only</source>
        <translation>daily work only</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>New PIN for %1</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <source>Deactivate %1? The profile can no longer sign in; the audit log keeps its name.</source>
        <translation>Deactivate %1? The profile can no longer sign in; the audit log keeps its name.</translation>
    </message>
</context>
<context>
    <name>StaffProfileDialog</name>
    <message>
        <source>Staff profile</source>
        <translation>Staff profile</translation>
    </message>
    <message>
        <source>Add a staff profile</source>
        <translation>Add a staff profile</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>4–8 digits, or a password of 8+ characters</source>
        <translation>4–8 digits, or a password of 8+ characters</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN or password</translation>
    </message>
    <message>
        <source>May also</source>
        <translation>May also</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <source>Set stock</source>
        <translation>Set stock</translation>
    </message>
    <message numerus="yes">
        <source>Set the stock of %n product(s).</source>
        <translation>
            <numerusform>Set the stock of %n product.</numerusform>
            <numerusform>Set the stock of %n products.</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not track stock</source>
        <translation>Do not track stock</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
</context>
<context>
    <name>ThreadHeader</name>
    <message>
        <source>Group chat</source>
        <translation>Group chat</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Mark this conversation resolved or open again (Alt+E)</source>
        <translation>Mark this conversation resolved or open again (Alt+E)</translation>
    </message>
</context>
<context>
    <name>ThreadPane</name>
    <message>
        <source>Choose a conversation to read it here.</source>
        <translation>Choose a conversation to read it here.</translation>
    </message>
</context>
<context>
    <name>UnreadTitle</name>
    <message numerus="yes">
        <source>%n conversation(s) with unread messages</source>
        <translation>
            <numerusform>%n conversation with unread messages</numerusform>
            <numerusform>%n conversations with unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Merchant Desk</source>
        <translation>Welcome to Merchant Desk</translation>
    </message>
    <message>
        <source>Merchant Desk keeps your shop&apos;s chats, catalog, orders and loyalty points on this computer, online or offline. Answer a few questions to set up your shop; you can change them later in Settings.</source>
        <translation>Merchant Desk keeps your shop&apos;s chats, catalog, orders and loyalty points on this computer, online or offline. Answer a few questions to set up your shop; you can change them later in Settings.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>merchant_desk</name>
    <message>
        <source>A product needs a name.</source>
        <translation>A product needs a name.</translation>
    </message>
    <message>
        <source>A description may have at most 5,000 characters.</source>
        <translation>A description may have at most 5,000 characters.</translation>
    </message>
    <message>
        <source>A SKU may have at most 100 characters.</source>
        <translation>A SKU may have at most 100 characters.</translation>
    </message>
    <message>
        <source>The price must be more than Rp0.</source>
        <translation>The price must be more than Rp0.</translation>
    </message>
    <message>
        <source>Stock cannot be negative.</source>
        <translation>Stock cannot be negative.</translation>
    </message>
    <message>
        <source>Availability must be in stock, out of stock, preorder, available for order or discontinued.</source>
        <translation>Availability must be in stock, out of stock, preorder, available for order or discontinued.</translation>
    </message>
    <message>
        <source>Condition must be new, refurbished or used.</source>
        <translation>Condition must be new, refurbished or used.</translation>
    </message>
    <message>
        <source>A brand may have at most 100 characters.</source>
        <translation>A brand may have at most 100 characters.</translation>
    </message>
    <message>
        <source>The link must be a web address starting with http:// or https://.</source>
        <translation>The link must be a web address starting with http:// or https://.</translation>
    </message>
    <message>
        <source>A feed id may have at most 100 characters.</source>
        <translation>A feed id may have at most 100 characters.</translation>
    </message>
    <message>
        <source>A product may have at most 10 photos.</source>
        <translation>A product may have at most 10 photos.</translation>
    </message>
    <message>
        <source>A collection&apos;s name may have at most 100 characters.</source>
        <translation>A collection&apos;s name may have at most 100 characters.</translation>
    </message>
    <message>
        <source>A product&apos;s name may have at most 200 characters.</source>
        <translation>A product&apos;s name may have at most 200 characters.</translation>
    </message>
    <message>
        <source>The sale price must be more than Rp0.</source>
        <translation>The sale price must be more than Rp0.</translation>
    </message>
    <message>
        <source>The sale price must be lower than the price.</source>
        <translation>The sale price must be lower than the price.</translation>
    </message>
    <message>
        <source>Please correct the highlighted fields.</source>
        <translation>Please correct the highlighted fields.</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>The item no longer exists.</translation>
    </message>
    <message>
        <source>Your profile is not allowed to do this.</source>
        <translation>Your profile is not allowed to do this.</translation>
    </message>
    <message>
        <source>The backup could not be made.</source>
        <translation>The backup could not be made.</translation>
    </message>
    <message>
        <source>This file cannot be restored.</source>
        <translation>This file cannot be restored.</translation>
    </message>
    <message>
        <source>This shop was saved by a newer version of Merchant Desk (schema {found}). Please update the app.</source>
        <translation>This shop was saved by a newer version of Merchant Desk (schema {found}). Please update the app.</translation>
    </message>
    <message>
        <source>The shop&apos;s database {path} is damaged ({reason}). Restore a backup; the damaged file is left as it is.</source>
        <translation>The shop&apos;s database {path} is damaged ({reason}). Restore a backup; the damaged file is left as it is.</translation>
    </message>
    <message>
        <source>The shop&apos;s data folder cannot be written: {reason}</source>
        <translation>The shop&apos;s data folder cannot be written: {reason}</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>No usable keyring: {reason}</source>
        <translation>No usable keyring: {reason}</translation>
    </message>
    <message>
        <source>Write the question customers ask.</source>
        <translation>Write the question customers ask.</translation>
    </message>
    <message>
        <source>Write the answer.</source>
        <translation>Write the answer.</translation>
    </message>
    <message>
        <source>The question needs words other than greetings, e.g. &apos;berapa ongkirnya&apos;.</source>
        <translation>The question needs words other than greetings, e.g. &apos;berapa ongkirnya&apos;.</translation>
    </message>
    <message>
        <source>The file {name} could not be read (system error {code}). Check that the disk or USB stick is still connected, then try again.</source>
        <translation>The file {name} could not be read (system error {code}). Check that the disk or USB stick is still connected, then try again.</translation>
    </message>
    <message>
        <source>The file {name} was not found: it may have been moved, renamed or deleted. Choose the file again.</source>
        <translation>The file {name} was not found: it may have been moved, renamed or deleted. Choose the file again.</translation>
    </message>
    <message>
        <source>Merchant Desk is not allowed to open {name}. If it is open in another program (such as Excel), close it there; otherwise copy the file to your Documents folder and choose the copy.</source>
        <translation>Merchant Desk is not allowed to open {name}. If it is open in another program (such as Excel), close it there; otherwise copy the file to your Documents folder and choose the copy.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file. Open the folder and choose the file inside it.</source>
        <translation>{name} is a folder, not a file. Open the folder and choose the file inside it.</translation>
    </message>
    <message>
        <source>The file {name} is empty: it holds nothing to import. Export or save it again, then choose the new file.</source>
        <translation>The file {name} is empty: it holds nothing to import. Export or save it again, then choose the new file.</translation>
    </message>
    <message>
        <source>The rule needs a name.</source>
        <translation>The rule needs a name.</translation>
    </message>
    <message>
        <source>Enter at least one word.</source>
        <translation>Enter at least one word.</translation>
    </message>
    <message>
        <source>Choose open, pending or resolved.</source>
        <translation>Choose open, pending or resolved.</translation>
    </message>
    <message>
        <source>Choose a label, a status or a staff member.</source>
        <translation>Choose a label, a status or a staff member.</translation>
    </message>
    <message>
        <source>{customer} has {balance} points; this needs {needed}.</source>
        <translation>{customer} has {balance} points; this needs {needed}.</translation>
    </message>
    <message>
        <source>Points need a Rupiah amount of at least Rp1 per point.</source>
        <translation>Points need a Rupiah amount of at least Rp1 per point.</translation>
    </message>
    <message>
        <source>The minimum order cannot be negative.</source>
        <translation>The minimum order cannot be negative.</translation>
    </message>
    <message>
        <source>Points are earned when an order is paid or when it is completed.</source>
        <translation>Points are earned when an order is paid or when it is completed.</translation>
    </message>
    <message>
        <source>Points expire after 1 to 120 months, or never.</source>
        <translation>Points expire after 1 to 120 months, or never.</translation>
    </message>
    <message>
        <source>The sign-up bonus cannot be negative.</source>
        <translation>The sign-up bonus cannot be negative.</translation>
    </message>
    <message>
        <source>A point&apos;s value cannot be negative.</source>
        <translation>A point&apos;s value cannot be negative.</translation>
    </message>
    <message>
        <source>Tiers need distinct names, and the first one starts at 0 points.</source>
        <translation>Tiers need distinct names, and the first one starts at 0 points.</translation>
    </message>
    <message>
        <source>Tier multipliers go from 1× to 10×.</source>
        <translation>Tier multipliers go from 1× to 10×.</translation>
    </message>
    <message>
        <source>A reward needs a name of at most 200 characters.</source>
        <translation>A reward needs a name of at most 200 characters.</translation>
    </message>
    <message>
        <source>Choose a discount in Rupiah, a percentage or a free product.</source>
        <translation>Choose a discount in Rupiah, a percentage or a free product.</translation>
    </message>
    <message>
        <source>A reward costs at least 1 point.</source>
        <translation>A reward costs at least 1 point.</translation>
    </message>
    <message>
        <source>Enter the discount in Rupiah.</source>
        <translation>Enter the discount in Rupiah.</translation>
    </message>
    <message>
        <source>A percentage goes from 1 to 100.</source>
        <translation>A percentage goes from 1 to 100.</translation>
    </message>
    <message>
        <source>The cap must be at least Rp1, or none.</source>
        <translation>The cap must be at least Rp1, or none.</translation>
    </message>
    <message>
        <source>Choose the free product.</source>
        <translation>Choose the free product.</translation>
    </message>
    <message>
        <source>A code stays valid for 1 to 3,650 days.</source>
        <translation>A code stays valid for 1 to 3,650 days.</translation>
    </message>
    <message>
        <source>The limit per customer is at least 1, or none.</source>
        <translation>The limit per customer is at least 1, or none.</translation>
    </message>
    <message>
        <source>Pesanan baru</source>
        <translation>Pesanan baru</translation>
    </message>
    <message>
        <source>Menunggu pembayaran</source>
        <translation>Menunggu pembayaran</translation>
    </message>
    <message>
        <source>Sudah dibayar</source>
        <translation>Sudah dibayar</translation>
    </message>
    <message>
        <source>Dikirim</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>An order that is {current} cannot become {target}.</source>
        <translation>An order that is {current} cannot become {target}.</translation>
    </message>
    <message>
        <source>Add at least one product to the order.</source>
        <translation>Add at least one product to the order.</translation>
    </message>
    <message>
        <source>A discount cannot be negative.</source>
        <translation>A discount cannot be negative.</translation>
    </message>
    <message>
        <source>The shipping cost cannot be negative.</source>
        <translation>The shipping cost cannot be negative.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>The quantity must be at least 1.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>A price cannot be negative.</translation>
    </message>
    <message>
        <source>Every line needs a product name.</source>
        <translation>Every line needs a product name.</translation>
    </message>
    <message>
        <source>Delete products</source>
        <translation>Delete products</translation>
    </message>
    <message>
        <source>Change prices</source>
        <translation>Change prices</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>Adjust points</translation>
    </message>
    <message>
        <source>Export customer data</source>
        <translation>Export customer data</translation>
    </message>
    <message>
        <source>View reports and the audit log</source>
        <translation>View reports and the audit log</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <source>Manage staff</source>
        <translation>Manage staff</translation>
    </message>
    <message>
        <source>Unknown permission.</source>
        <translation>Unknown permission.</translation>
    </message>
    <message>
        <source>Choose Owner or Staff.</source>
        <translation>Choose Owner or Staff.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid phone number.</source>
        <translation>&apos;{value}&apos; is not a valid phone number.</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Customer&apos;s name</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>Product price</source>
        <translation>Product price</translation>
    </message>
    <message>
        <source>Product stock</source>
        <translation>Product stock</translation>
    </message>
    <message>
        <source>Product link</source>
        <translation>Product link</translation>
    </message>
    <message>
        <source>Latest order number</source>
        <translation>Latest order number</translation>
    </message>
    <message>
        <source>Latest order total</source>
        <translation>Latest order total</translation>
    </message>
    <message>
        <source>Customer&apos;s points</source>
        <translation>Customer&apos;s points</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>Today&apos;s date</translation>
    </message>
    <message>
        <source>Signed-in staff member</source>
        <translation>Signed-in staff member</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}} at line {line}, column {column}.</source>
        <translation>Unknown placeholder {{{name}}} at line {line}, column {column}.</translation>
    </message>
    <message>
        <source>A &apos;{{&apos; at line {line}, column {column} is never closed (write &apos;{{{{&apos; for a literal brace).</source>
        <translation>A &apos;{{&apos; at line {line}, column {column} is never closed (write &apos;{{{{&apos; for a literal brace).</translation>
    </message>
    <message>
        <source>A &apos;}}&apos; at line {line}, column {column} has no opening &apos;{{&apos; (write &apos;}}}}&apos; for a literal brace).</source>
        <translation>A &apos;}}&apos; at line {line}, column {column} has no opening &apos;{{&apos; (write &apos;}}}}&apos; for a literal brace).</translation>
    </message>
    <message>
        <source>The text has {count} problem(s); the first: {first}</source>
        <translation>The text has {count} problem(s); the first: {first}</translation>
    </message>
    <message>
        <source>Nothing to fill in for {placeholders}. Choose a product or edit the text first.</source>
        <translation>Nothing to fill in for {placeholders}. Choose a product or edit the text first.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is ambiguous: write whole Rupiah like 15000 or 15.000.</source>
        <translation>&apos;{text}&apos; is ambiguous: write whole Rupiah like 15000 or 15.000.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a fraction of a Rupiah: prices are whole Rupiah.</source>
        <translation>&apos;{text}&apos; has a fraction of a Rupiah: prices are whole Rupiah.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is negative: a price must be more than zero.</source>
        <translation>&apos;{text}&apos; is negative: a price must be more than zero.</translation>
    </message>
    <message>
        <source>Please enter a price.</source>
        <translation>Please enter a price.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not in Rupiah (IDR).</source>
        <translation>&apos;{text}&apos; is not in Rupiah (IDR).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a price: write it like 15000, 15.000 or Rp15.000.</source>
        <translation>&apos;{text}&apos; is not a price: write it like 15000, 15.000 or Rp15.000.</translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation>The shop needs a name.</translation>
    </message>
    <message>
        <source>Please enter the owner&apos;s name.</source>
        <translation>Please enter the owner&apos;s name.</translation>
    </message>
    <message>
        <source>Choose WIB, WITA or WIT.</source>
        <translation>Choose WIB, WITA or WIT.</translation>
    </message>
    <message>
        <source>Choose Bahasa Indonesia or English.</source>
        <translation>Choose Bahasa Indonesia or English.</translation>
    </message>
    <message>
        <source>The shop&apos;s name may have at most 200 characters.</source>
        <translation>The shop&apos;s name may have at most 200 characters.</translation>
    </message>
    <message>
        <source>The owner&apos;s name may have at most 100 characters.</source>
        <translation>The owner&apos;s name may have at most 100 characters.</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s WhatsApp number, for example 0812-3456-7890.</source>
        <translation>Enter the shop&apos;s WhatsApp number, for example 0812-3456-7890.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>A PIN has 4 to 8 digits.</translation>
    </message>
    <message>
        <source>WIB (Western Indonesia, UTC+7)</source>
        <translation>WIB (Western Indonesia, UTC+7)</translation>
    </message>
    <message>
        <source>WITA (Central Indonesia, UTC+8)</source>
        <translation>WITA (Central Indonesia, UTC+8)</translation>
    </message>
    <message>
        <source>WIT (Eastern Indonesia, UTC+9)</source>
        <translation>WIT (Eastern Indonesia, UTC+9)</translation>
    </message>
    <message>
        <source>The price is missing.</source>
        <translation>The price is missing.</translation>
    </message>
    <message>
        <source>Unknown catalog format &apos;{name}&apos;: choose meta, shopify, woocommerce or native.</source>
        <translation>Unknown catalog format &apos;{name}&apos;: choose meta, shopify, woocommerce or native.</translation>
    </message>
    <message>
        <source>Line {line} has a date that does not exist in the {order} order: {text}</source>
        <translation>Line {line} has a date that does not exist in the {order} order: {text}</translation>
    </message>
    <message>
        <source>This customer has no WhatsApp number, so no WhatsApp link can be made.</source>
        <translation>This customer has no WhatsApp number, so no WhatsApp link can be made.</translation>
    </message>
    <message>
        <source>Business hours need one entry per day of the week.</source>
        <translation>Business hours need one entry per day of the week.</translation>
    </message>
    <message>
        <source>Choose always, outside business hours or a date range.</source>
        <translation>Choose always, outside business hours or a date range.</translation>
    </message>
    <message>
        <source>The away period needs a start before its end.</source>
        <translation>The away period needs a start before its end.</translation>
    </message>
    <message>
        <source>The greeting needs at least one day of silence.</source>
        <translation>The greeting needs at least one day of silence.</translation>
    </message>
    <message>
        <source>The FAQ threshold is between 0 and 1.</source>
        <translation>The FAQ threshold is between 0 and 1.</translation>
    </message>
    <message>
        <source>The pause between away replies cannot be negative.</source>
        <translation>The pause between away replies cannot be negative.</translation>
    </message>
    <message>
        <source>The text has an unknown placeholder or an unbalanced brace.</source>
        <translation>The text has an unknown placeholder or an unbalanced brace.</translation>
    </message>
    <message>
        <source>The saved automation settings are not valid.</source>
        <translation>The saved automation settings are not valid.</translation>
    </message>
    <message>
        <source>The answer has an unknown placeholder or an unbalanced brace.</source>
        <translation>The answer has an unknown placeholder or an unbalanced brace.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a Merchant Desk backup (not an SQLite database).</source>
        <translation>&apos;{name}&apos; is not a Merchant Desk backup (not an SQLite database).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged and cannot be restored: {detail}</source>
        <translation>&apos;{name}&apos; is damaged and cannot be restored: {detail}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a Merchant Desk database, or it comes from a newer version ({found}).</source>
        <translation>&apos;{name}&apos; is not a Merchant Desk database, or it comes from a newer version ({found}).</translation>
    </message>
    <message>
        <source>There is no shop to back up at {path}.</source>
        <translation>There is no shop to back up at {path}.</translation>
    </message>
    <message>
        <source>A backup cannot replace the shop&apos;s own database ({path}).</source>
        <translation>A backup cannot replace the shop&apos;s own database ({path}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; does not exist.</source>
        <translation>&apos;{name}&apos; does not exist.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>The backup could not be written to {path}: {reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be opened: wrong passphrase, or the file was changed or cut short.</source>
        <translation>&apos;{name}&apos; could not be opened: wrong passphrase, or the file was changed or cut short.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is protected with a passphrase. Enter it to restore.</source>
        <translation>&apos;{name}&apos; is protected with a passphrase. Enter it to restore.</translation>
    </message>
    <message>
        <source>There is no restore to undo.</source>
        <translation>There is no restore to undo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a Merchant Desk backup.</source>
        <translation>&apos;{name}&apos; is not a Merchant Desk backup.</translation>
    </message>
    <message>
        <source>Choose &apos;any label&apos; or &apos;all labels&apos;.</source>
        <translation>Choose &apos;any label&apos; or &apos;all labels&apos;.</translation>
    </message>
    <message>
        <source>This broadcast is {state}: resume it to go on with the next recipient.</source>
        <translation>This broadcast is {state}: resume it to go on with the next recipient.</translation>
    </message>
    <message>
        <source>Write the message.</source>
        <translation>Write the message.</translation>
    </message>
    <message>
        <source>Give the broadcast a name.</source>
        <translation>Give the broadcast a name.</translation>
    </message>
    <message>
        <source>This change would make the price of &apos;{name}&apos; {reason}; nothing was changed.</source>
        <translation>This change would make the price of &apos;{name}&apos; {reason}; nothing was changed.</translation>
    </message>
    <message>
        <source>Choose one of Meta&apos;s availability values.</source>
        <translation>Choose one of Meta&apos;s availability values.</translation>
    </message>
    <message>
        <source>A collection needs a name of at most 100 characters.</source>
        <translation>A collection needs a name of at most 100 characters.</translation>
    </message>
    <message>
        <source>There is already a collection with this name.</source>
        <translation>There is already a collection with this name.</translation>
    </message>
    <message>
        <source>The catalog could not be written to {name}: {reason}</source>
        <translation>The catalog could not be written to {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} changed since the preview; please preview it again.</source>
        <translation>{name} changed since the preview; please preview it again.</translation>
    </message>
    <message>
        <source>The import could not be saved, nothing was changed: {reason}</source>
        <translation>The import could not be saved, nothing was changed: {reason}</translation>
    </message>
    <message>
        <source>The list cannot be sorted by &apos;{column}&apos;.</source>
        <translation>The list cannot be sorted by &apos;{column}&apos;.</translation>
    </message>
    <message>
        <source>Another product already uses this SKU.</source>
        <translation>Another product already uses this SKU.</translation>
    </message>
    <message>
        <source>A product in the trash already uses this SKU.</source>
        <translation>A product in the trash already uses this SKU.</translation>
    </message>
    <message>
        <source>A customer cannot be merged into itself.</source>
        <translation>A customer cannot be merged into itself.</translation>
    </message>
    <message>
        <source>The customer needs a name.</source>
        <translation>The customer needs a name.</translation>
    </message>
    <message>
        <source>Enter a phone number, for example 0812-3456-7890.</source>
        <translation>Enter a phone number, for example 0812-3456-7890.</translation>
    </message>
    <message>
        <source>This number already belongs to another customer.</source>
        <translation>This number already belongs to another customer.</translation>
    </message>
    <message>
        <source>Say how the customer agreed, e.g. &apos;asked in chat&apos;.</source>
        <translation>Say how the customer agreed, e.g. &apos;asked in chat&apos;.</translation>
    </message>
    <message>
        <source>The demo shop needs an empty data folder, but {folder} already holds a shop.</source>
        <translation>The demo shop needs an empty data folder, but {folder} already holds a shop.</translation>
    </message>
    <message>
        <source>Choose when to be reminded.</source>
        <translation>Choose when to be reminded.</translation>
    </message>
    <message>
        <source>Choose a time in the future.</source>
        <translation>Choose a time in the future.</translation>
    </message>
    <message>
        <source>Choose back in stock and/or price drop.</source>
        <translation>Choose back in stock and/or price drop.</translation>
    </message>
    <message>
        <source>Write a reply first.</source>
        <translation>Write a reply first.</translation>
    </message>
    <message>
        <source>The label needs a name.</source>
        <translation>The label needs a name.</translation>
    </message>
    <message>
        <source>Choose a colour like #27AE60.</source>
        <translation>Choose a colour like #27AE60.</translation>
    </message>
    <message>
        <source>A label&apos;s name may have at most 100 characters.</source>
        <translation>A label&apos;s name may have at most 100 characters.</translation>
    </message>
    <message>
        <source>There is already a label with this name.</source>
        <translation>There is already a label with this name.</translation>
    </message>
    <message>
        <source>{customer} already spent {spent} of the {points} points that order {number} earned. Cancelling it would leave a balance of {balance} points: allow the negative balance, or take back only what is left.</source>
        <translation>{customer} already spent {spent} of the {points} points that order {number} earned. Cancelling it would leave a balance of {balance} points: allow the negative balance, or take back only what is left.</translation>
    </message>
    <message>
        <source>{customer} already redeemed “{reward}” {limit} times, the most allowed.</source>
        <translation>{customer} already redeemed “{reward}” {limit} times, the most allowed.</translation>
    </message>
    <message>
        <source>The code {code} does not exist.</source>
        <translation>The code {code} does not exist.</translation>
    </message>
    <message>
        <source>The code {code} belongs to another customer.</source>
        <translation>The code {code} belongs to another customer.</translation>
    </message>
    <message>
        <source>The code {code} was already used.</source>
        <translation>The code {code} was already used.</translation>
    </message>
    <message>
        <source>The code {code} expired on {date}.</source>
        <translation>The code {code} expired on {date}.</translation>
    </message>
    <message>
        <source>A code can only be applied before the order is paid.</source>
        <translation>A code can only be applied before the order is paid.</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>This product no longer exists.</translation>
    </message>
    <message>
        <source>Say why the points are adjusted.</source>
        <translation>Say why the points are adjusted.</translation>
    </message>
    <message>
        <source>Enter the points to add or remove.</source>
        <translation>Enter the points to add or remove.</translation>
    </message>
    <message>
        <source>Not enough stock for {products}. Take the stock anyway (it will go below zero)?</source>
        <translation>Not enough stock for {products}. Take the stock anyway (it will go below zero)?</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is too large: {megapixels} megapixels; the limit is 50 megapixels.</source>
        <translation>&apos;{name}&apos; is too large: {megapixels} megapixels; the limit is 50 megapixels.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened: {reason}</source>
        <translation>&apos;{name}&apos; cannot be opened: {reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a HEIC photo; please save or share it as JPEG first.</source>
        <translation>&apos;{name}&apos; is a HEIC photo; please save or share it as JPEG first.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is only {width}×{height} pixels; WhatsApp&apos;s catalog refuses photos smaller than 500×500.</source>
        <translation>&apos;{name}&apos; is only {width}×{height} pixels; WhatsApp&apos;s catalog refuses photos smaller than 500×500.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be used as a photo.</source>
        <translation>&apos;{name}&apos; cannot be used as a photo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a photo Merchant Desk can read (JPEG, PNG, WebP, GIF, BMP or TIFF).</source>
        <translation>&apos;{name}&apos; is not a photo Merchant Desk can read (JPEG, PNG, WebP, GIF, BMP or TIFF).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged or incomplete; copy or download it again.</source>
        <translation>&apos;{name}&apos; is damaged or incomplete; copy or download it again.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is too large: {width}×{height} pixels; the limit is 50 megapixels.</source>
        <translation>&apos;{name}&apos; is too large: {width}×{height} pixels; the limit is 50 megapixels.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is too big: {megabytes} MB; the limit is 40 MB.</source>
        <translation>&apos;{name}&apos; is too big: {megabytes} MB; the limit is 40 MB.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a kind of image Merchant Desk cannot convert ({mode}).</source>
        <translation>&apos;{name}&apos; is a kind of image Merchant Desk cannot convert ({mode}).</translation>
    </message>
    <message>
        <source>This row is not valid CSV: check its quotes (&quot;).</source>
        <translation>This row is not valid CSV: check its quotes (&quot;).</translation>
    </message>
    <message>
        <source>This row is not UTF-8 text: save the file as CSV UTF-8 and import it again.</source>
        <translation>This row is not UTF-8 text: save the file as CSV UTF-8 and import it again.</translation>
    </message>
    <message>
        <source>Only the first {kept} of {total} photos are kept.</source>
        <translation>Only the first {kept} of {total} photos are kept.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; reads as {amount}; did you mean {meant}?</source>
        <translation>&apos;{text}&apos; reads as {amount}; did you mean {meant}?</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number.</source>
        <translation>&apos;{text}&apos; is not a whole number.</translation>
    </message>
    <message>
        <source>Stock {number} is below zero; it is imported as 0.</source>
        <translation>Stock {number} is below zero; it is imported as 0.</translation>
    </message>
    <message>
        <source>A value this row needs is missing.</source>
        <translation>A value this row needs is missing.</translation>
    </message>
    <message>
        <source>{name} is not a CSV file but a LibreOffice or Numbers spreadsheet. Choose File → Save As (or Export) → CSV, then import that file.</source>
        <translation>{name} is not a CSV file but a LibreOffice or Numbers spreadsheet. Choose File → Save As (or Export) → CSV, then import that file.</translation>
    </message>
    <message>
        <source>{name} is not a catalog feed Merchant Desk knows: its first row reads “{header}”. Choose a product CSV exported from Meta Commerce Manager, Shopify, WooCommerce or Merchant Desk; for your own spreadsheet, name its columns id, title and price.</source>
        <translation>{name} is not a catalog feed Merchant Desk knows: its first row reads “{header}”. Choose a product CSV exported from Meta Commerce Manager, Shopify, WooCommerce or Merchant Desk; for your own spreadsheet, name its columns id, title and price.</translation>
    </message>
    <message>
        <source>{name} is not a CSV file but an Excel workbook. In Excel choose File → Save As → CSV UTF-8 (Comma delimited), then import that file.</source>
        <translation>{name} is not a CSV file but an Excel workbook. In Excel choose File → Save As → CSV UTF-8 (Comma delimited), then import that file.</translation>
    </message>
    <message>
        <source>{name} is not a CSV file: it does not hold text (it may be a picture, a PDF or a program). Choose the .csv file you exported from your store.</source>
        <translation>{name} is not a CSV file: it does not hold text (it may be a picture, a PDF or a program). Choose the .csv file you exported from your store.</translation>
    </message>
    <message>
        <source>{name} cannot be read as CSV text. Open it in Excel or Google Sheets, save it as CSV UTF-8, then import the new file.</source>
        <translation>{name} cannot be read as CSV text. Open it in Excel or Google Sheets, save it as CSV UTF-8, then import the new file.</translation>
    </message>
    <message>
        <source>{name} is a zip file but not a Merchant Desk export: it holds no products.csv. If your CSV is inside it, unzip it first and choose the CSV.</source>
        <translation>{name} is a zip file but not a Merchant Desk export: it holds no products.csv. If your CSV is inside it, unzip it first and choose the CSV.</translation>
    </message>
    <message>
        <source>{name} looks like a zip file but it is damaged or incomplete. Copy or download it again, then choose the new file.</source>
        <translation>{name} looks like a zip file but it is damaged or incomplete. Copy or download it again, then choose the new file.</translation>
    </message>
    <message>
        <source>The id is missing.</source>
        <translation>The id is missing.</translation>
    </message>
    <message>
        <source>The {cell} cell is not a JSON list.</source>
        <translation>The {cell} cell is not a JSON list.</translation>
    </message>
    <message>
        <source>A photo must be an object with sha256 and/or url.</source>
        <translation>A photo must be an object with sha256 and/or url.</translation>
    </message>
    <message>
        <source>Photo {photo}… is not in the bundle.</source>
        <translation>Photo {photo}… is not in the bundle.</translation>
    </message>
    <message>
        <source>The first row of handle &apos;{handle}&apos; has no Title.</source>
        <translation>The first row of handle &apos;{handle}&apos; has no Title.</translation>
    </message>
    <message>
        <source>A row with neither variant nor image.</source>
        <translation>A row with neither variant nor image.</translation>
    </message>
    <message>
        <source>The Handle is missing.</source>
        <translation>The Handle is missing.</translation>
    </message>
    <message>
        <source>No variable product &apos;{parent}&apos; in the file.</source>
        <translation>No variable product &apos;{parent}&apos; in the file.</translation>
    </message>
    <message>
        <source>A grouped product is a list; its items import.</source>
        <translation>A grouped product is a list; its items import.</translation>
    </message>
    <message>
        <source>The zip file {name} holds no WhatsApp chat (.txt file), so it is not a WhatsApp export. In WhatsApp open the chat, choose More → Export chat, and choose the file it saves.</source>
        <translation>The zip file {name} holds no WhatsApp chat (.txt file), so it is not a WhatsApp export. In WhatsApp open the chat, choose More → Export chat, and choose the file it saves.</translation>
    </message>
    <message>
        <source>{name} is not a WhatsApp chat export: it does not hold text (it may be a picture, a PDF or a spreadsheet). In WhatsApp open the chat, choose More → Export chat, and choose the .txt or .zip it saves.</source>
        <translation>{name} is not a WhatsApp chat export: it does not hold text (it may be a picture, a PDF or a spreadsheet). In WhatsApp open the chat, choose More → Export chat, and choose the .txt or .zip it saves.</translation>
    </message>
    <message>
        <source>{name} looks like a zip file but it is damaged or incomplete, so no chat can be read from it. Export the chat from WhatsApp again (or copy the file again), then choose the new file.</source>
        <translation>{name} looks like a zip file but it is damaged or incomplete, so no chat can be read from it. Export the chat from WhatsApp again (or copy the file again), then choose the new file.</translation>
    </message>
    <message>
        <source>This is not a WhatsApp chat export: line {line} does not start with a date and time the way WhatsApp writes them (“{text}”). In WhatsApp open the chat, choose More → Export chat, and choose the file it saves.</source>
        <translation>This is not a WhatsApp chat export: line {line} does not start with a date and time the way WhatsApp writes them (“{text}”). In WhatsApp open the chat, choose More → Export chat, and choose the file it saves.</translation>
    </message>
    <message>
        <source>Matches the same product as row {row}.</source>
        <translation>Matches the same product as row {row}.</translation>
    </message>
    <message>
        <source>The same SKU as row {row}.</source>
        <translation>The same SKU as row {row}.</translation>
    </message>
    <message>
        <source>The same id as row {row}.</source>
        <translation>The same id as row {row}.</translation>
    </message>
    <message>
        <source>The same name as row {row}.</source>
        <translation>The same name as row {row}.</translation>
    </message>
    <message>
        <source>This customer was already merged into another one.</source>
        <translation>This customer was already merged into another one.</translation>
    </message>
    <message>
        <source>Keep the payment instructions under 1,000 characters.</source>
        <translation>Keep the payment instructions under 1,000 characters.</translation>
    </message>
    <message>
        <source>This file is not a JPEG photo.</source>
        <translation>This file is not a JPEG photo.</translation>
    </message>
    <message>
        <source>This file does not hold Merchant Desk quick replies ({reason}).</source>
        <translation>This file does not hold Merchant Desk quick replies ({reason}).</translation>
    </message>
    <message>
        <source>The quick reply /{shortcut} in the file is not valid.</source>
        <translation>The quick reply /{shortcut} in the file is not valid.</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;-&apos; or &apos;_&apos; (up to 50), e.g. /rekening.</source>
        <translation>Use letters, digits, &apos;-&apos; or &apos;_&apos; (up to 50), e.g. /rekening.</translation>
    </message>
    <message>
        <source>The quick reply needs a title.</source>
        <translation>The quick reply needs a title.</translation>
    </message>
    <message>
        <source>Write the reply.</source>
        <translation>Write the reply.</translation>
    </message>
    <message>
        <source>The reply has an unknown placeholder or an unbalanced brace.</source>
        <translation>The reply has an unknown placeholder or an unbalanced brace.</translation>
    </message>
    <message>
        <source>Another quick reply already uses this shortcut.</source>
        <translation>Another quick reply already uses this shortcut.</translation>
    </message>
    <message>
        <source>no keyring service is running. On Linux install and start GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring); Windows and macOS have one built in.</source>
        <translation>no keyring service is running. On Linux install and start GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring); Windows and macOS have one built in.</translation>
    </message>
    <message>
        <source>The keyring is locked or refused access ({detail}). Unlock it and try again.</source>
        <translation>The keyring is locked or refused access ({detail}). Unlock it and try again.</translation>
    </message>
    <message>
        <source>This data folder already holds a shop.</source>
        <translation>This data folder already holds a shop.</translation>
    </message>
    <message>
        <source>The shop needs at least one active owner.</source>
        <translation>The shop needs at least one active owner.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits; a password at least 8 characters.</source>
        <translation>A PIN has 4 to 8 digits; a password at least 8 characters.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>The name is too long.</translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation>Another profile already has this name.</translation>
    </message>
    <message>
        <source>Wrong PIN. Too many attempts: wait {seconds} seconds before trying again.</source>
        <translation>Wrong PIN. Too many attempts: wait {seconds} seconds before trying again.</translation>
    </message>
</context>
</TS>
