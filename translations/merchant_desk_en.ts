<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
            <source>Backups (*.sqlite3 *.db);;All files (*)</source>
            <translation>Backups (*.sqlite3 *.db);;All files (*)</translation>
        </message>
        <message>
            <source>Replace the shop's current data with this backup?

%1

The current data is kept in the folder 'pre-upgrade' inside the data folder.</source>
            <translation>Replace the shop's current data with this backup?

%1

The current data is kept in the folder 'pre-upgrade' inside the data folder.</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>The backup was restored.</translation>
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
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <extracomment>Tab classes in the order they appear; feature issues append theirs. No placeholder tabs.</extracomment>
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
        <name>OverviewTab</name>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
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
        <name>ProfileFields</name>
        <message>
            <source>Shop name</source>
            <translation>Shop name</translation>
        </message>
        <message>
            <source>Owner's name</source>
            <translation>Owner's name</translation>
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
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Merchant Desk</source>
            <translation>Welcome to Merchant Desk</translation>
        </message>
        <message>
            <source>Merchant Desk keeps your shop's chats, catalog, orders and loyalty points on this computer, online or offline. Answer a few questions to set up your shop; you can change them later in Settings.</source>
            <translation>Merchant Desk keeps your shop's chats, catalog, orders and loyalty points on this computer, online or offline. Answer a few questions to set up your shop; you can change them later in Settings.</translation>
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
            <source>A collection's name may have at most 100 characters.</source>
            <translation>A collection's name may have at most 100 characters.</translation>
        </message>
        <message>
            <source>A product's name may have at most 200 characters.</source>
            <translation>A product's name may have at most 200 characters.</translation>
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
            <source>The shop's data folder cannot be written: {reason}</source>
            <translation>The shop's data folder cannot be written: {reason}</translation>
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
            <source>'{value}' is not a valid phone number.</source>
            <translation>'{value}' is not a valid phone number.</translation>
        </message>
        <message>
            <source>'{text}' is ambiguous: write whole Rupiah like 15000 or 15.000.</source>
            <translation>'{text}' is ambiguous: write whole Rupiah like 15000 or 15.000.</translation>
        </message>
        <message>
            <source>'{text}' has a fraction of a Rupiah: prices are whole Rupiah.</source>
            <translation>'{text}' has a fraction of a Rupiah: prices are whole Rupiah.</translation>
        </message>
        <message>
            <source>'{text}' is negative: a price must be more than zero.</source>
            <translation>'{text}' is negative: a price must be more than zero.</translation>
        </message>
        <message>
            <source>Please enter a price.</source>
            <translation>Please enter a price.</translation>
        </message>
        <message>
            <source>'{text}' is not in Rupiah (IDR).</source>
            <translation>'{text}' is not in Rupiah (IDR).</translation>
        </message>
        <message>
            <source>'{text}' is not a price: write it like 15000, 15.000 or Rp15.000.</source>
            <translation>'{text}' is not a price: write it like 15000, 15.000 or Rp15.000.</translation>
        </message>
        <message>
            <source>The shop needs a name.</source>
            <translation>The shop needs a name.</translation>
        </message>
        <message>
            <source>Please enter the owner's name.</source>
            <translation>Please enter the owner's name.</translation>
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
            <source>The shop's name may have at most 200 characters.</source>
            <translation>The shop's name may have at most 200 characters.</translation>
        </message>
        <message>
            <source>The owner's name may have at most 100 characters.</source>
            <translation>The owner's name may have at most 100 characters.</translation>
        </message>
        <message>
            <source>Enter the shop's WhatsApp number, for example 0812-3456-7890.</source>
            <translation>Enter the shop's WhatsApp number, for example 0812-3456-7890.</translation>
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
            <source>This is not a catalog feed: header {header}</source>
            <translation>This is not a catalog feed: header {header}</translation>
        </message>
        <message>
            <source>The catalog file {name} cannot be read: {reason}</source>
            <translation>The catalog file {name} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>The price is missing.</source>
            <translation>The price is missing.</translation>
        </message>
        <message>
            <source>Unknown catalog format '{name}': choose meta, shopify, woocommerce or native.</source>
            <translation>Unknown catalog format '{name}': choose meta, shopify, woocommerce or native.</translation>
        </message>
        <message>
            <source>The dates in this chat disagree: line {day_line} puts the day first, line {month_line} the month. Choose the date order yourself.</source>
            <translation>The dates in this chat disagree: line {day_line} puts the day first, line {month_line} the month. Choose the date order yourself.</translation>
        </message>
        <message>
            <source>Line {line} has a date that does not exist in the {order} order: {text}</source>
            <translation>Line {line} has a date that does not exist in the {order} order: {text}</translation>
        </message>
        <message>
            <source>This is not a WhatsApp chat export: line {line} could not be read: {text}</source>
            <translation>This is not a WhatsApp chat export: line {line} could not be read: {text}</translation>
        </message>
        <message>
            <source>The zip file {name} holds no WhatsApp chat (.txt file).</source>
            <translation>The zip file {name} holds no WhatsApp chat (.txt file).</translation>
        </message>
        <message>
            <source>'{name}' is not a Merchant Desk backup (not an SQLite database).</source>
            <translation>'{name}' is not a Merchant Desk backup (not an SQLite database).</translation>
        </message>
        <message>
            <source>'{name}' is damaged and cannot be restored: {detail}</source>
            <translation>'{name}' is damaged and cannot be restored: {detail}</translation>
        </message>
        <message>
            <source>'{name}' is not a Merchant Desk database, or it comes from a newer version ({found}).</source>
            <translation>'{name}' is not a Merchant Desk database, or it comes from a newer version ({found}).</translation>
        </message>
        <message>
            <source>There is no shop to back up at {path}.</source>
            <translation>There is no shop to back up at {path}.</translation>
        </message>
        <message>
            <source>A backup cannot replace the shop's own database ({path}).</source>
            <translation>A backup cannot replace the shop's own database ({path}).</translation>
        </message>
        <message>
            <source>'{name}' does not exist.</source>
            <translation>'{name}' does not exist.</translation>
        </message>
        <message>
            <source>The backup could not be written to {path}: {reason}</source>
            <translation>The backup could not be written to {path}: {reason}</translation>
        </message>
        <message>
            <source>The list cannot be sorted by '{column}'.</source>
            <translation>The list cannot be sorted by '{column}'.</translation>
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
            <source>This file is not a JPEG photo.</source>
            <translation>This file is not a JPEG photo.</translation>
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
            <source>Wrong PIN. Too many attempts: wait {seconds} seconds before trying again.</source>
            <translation>Wrong PIN. Too many attempts: wait {seconds} seconds before trying again.</translation>
        </message>
    </context>
</TS>
