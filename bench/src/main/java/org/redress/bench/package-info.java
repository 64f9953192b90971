package org.redress.bench;
