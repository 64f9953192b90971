package org.redress.search;
