"""The official record: real names kept safe, service records, star levels, certificates, exports, a person's rights
over their data, and figures by street and district."""
