package org.redress.ingest;
