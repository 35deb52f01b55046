<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" description="Page frame without navigation: login, setup, error pages." %>
<%@ attribute name="title" required="true" %>
<%@ attribute name="bodyClass" required="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="id">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title><c:out value="${title}"/> · Cermin</title>
    <link rel="icon" href="<c:url value='/static/favicon.svg'/>" type="image/svg+xml">
    <link rel="stylesheet" href="<c:url value='/static/css/cermin.css'/>">
</head>
<body class="${bodyClass}">
<jsp:doBody/>
</body>
</html>
