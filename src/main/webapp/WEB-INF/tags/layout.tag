<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" description="Page frame: top bar with navigation by role, one-time message, content." %>
<%@ attribute name="title" required="true" %>
<%@ attribute name="active" required="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<c:set var="req" value="${pageContext.request}"/>
<c:set var="isOwner" value="${req.isUserInRole('OWNER')}"/>
<c:set var="isBackOffice" value="${isOwner or req.isUserInRole('ADMIN')}"/>
<fmt:message key="lang.switch.code" var="otherLang"/>
<!DOCTYPE html>
<html lang="${otherLang == 'en' ? 'id' : 'en'}">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title><c:out value="${title}"/> · Cermin</title>
    <link rel="icon" href="<c:url value='/static/favicon.svg'/>" type="image/svg+xml">
    <link rel="stylesheet" href="<c:url value='/static/css/cermin.css'/>">
    <script src="<c:url value='/static/js/page.js'/>" defer></script>
</head>
<body class="app">
<header class="topbar">
    <div class="brand">
        <a href="<c:url value='/'/>">Cermin</a>
        <span class="node-tag"><c:out value="${nodeIdentity.node()}"/> · <fmt:message key="node.${nodeIdentity.roleName()}"/></span>
    </div>
    <nav class="mainnav" aria-label="Menu">
        <a href="<c:url value='/'/>" class="${active == 'dashboard' ? 'active' : ''}"><fmt:message key="nav.dashboard"/></a>
        <a href="<c:url value='/kasir'/>" class="${active == 'kasir' ? 'active' : ''}"><fmt:message key="nav.kasir"/></a>
        <a href="<c:url value='/kasir/shift'/>" class="${active == 'shift' ? 'active' : ''}"><fmt:message key="nav.shift"/></a>
        <a href="<c:url value='/pelanggan'/>" class="${active == 'pelanggan' ? 'active' : ''}"><fmt:message key="nav.pelanggan"/></a>
        <c:if test="${isBackOffice}">
            <a href="<c:url value='/barang-masuk'/>" class="${active == 'barang-masuk' ? 'active' : ''}"><fmt:message key="nav.barangMasuk"/></a>
            <a href="<c:url value='/stok/opname'/>" class="${active == 'stok' ? 'active' : ''}"><fmt:message key="nav.stok"/></a>
            <a href="<c:url value='/mutasi'/>" class="${active == 'mutasi' ? 'active' : ''}"><fmt:message key="nav.mutasi"/></a>
            <a href="<c:url value='/stok'/>" class="${active == 'stok-cabang' ? 'active' : ''}"><fmt:message key="nav.stokCabang"/></a>
            <a href="<c:url value='/pemasok'/>" class="${active == 'pemasok' ? 'active' : ''}"><fmt:message key="nav.pemasok"/></a>
            <a href="<c:url value='/barang'/>" class="${active == 'barang' ? 'active' : ''}"><fmt:message key="nav.barang"/></a>
            <a href="<c:url value='/kategori'/>" class="${active == 'kategori' ? 'active' : ''}"><fmt:message key="nav.kategori"/></a>
            <a href="<c:url value='/satuan'/>" class="${active == 'satuan' ? 'active' : ''}"><fmt:message key="nav.satuan"/></a>
            <a href="<c:url value='/laporan/keluar'/>" class="${active == 'laporan' ? 'active' : ''}"><fmt:message key="nav.laporan"/></a>
            <a href="<c:url value='/sinkronisasi'/>" class="${active == 'sinkronisasi' ? 'active' : ''}"><fmt:message key="nav.sinkronisasi"/></a>
        </c:if>
        <c:if test="${isOwner}">
            <a href="<c:url value='/pengguna'/>" class="${active == 'pengguna' ? 'active' : ''}"><fmt:message key="nav.pengguna"/></a>
            <a href="<c:url value='/pengaturan'/>" class="${active == 'pengaturan' ? 'active' : ''}"><fmt:message key="nav.pengaturan"/></a>
            <a href="<c:url value='/audit'/>" class="${active == 'audit' ? 'active' : ''}"><fmt:message key="nav.audit"/></a>
        </c:if>
    </nav>
    <div class="userbox">
        <span><c:out value="${req.remoteUser}"/></span>
        <span class="role">(<fmt:message key="role.${isOwner ? 'OWNER' : (req.isUserInRole('ADMIN') ? 'ADMIN' : 'KASIR')}"/>)</span>
        <a href="<c:out value='${languageSwitch}lang=${otherLang}'/>" class="lang" id="lang-switch"><fmt:message key="lang.switch"/></a>
        <form class="inline" method="post" action="<c:url value='/logout'/>">
            <input type="hidden" name="_csrf" value="<c:out value='${csrfToken}'/>">
            <button type="submit" class="btn-link"><fmt:message key="nav.logout"/></button>
        </form>
    </div>
</header>
<main class="content">
    <c:if test="${not empty flash}">
        <fmt:message key="${flash.key()}" var="flashText"><c:forEach items="${flash.arguments()}" var="flashArg"><fmt:param value="${flashArg}"/></c:forEach></fmt:message>
        <div class="alert alert-${flash.kind()}" role="status" id="flash"><c:out value="${flashText}"/><t:technical detail="${flash.detail()}"/></div>
    </c:if>
    <c:if test="${not empty syncWatch}">
        <div class="alert alert-info" role="status" id="sync-running" data-ticket="<c:out value='${syncWatch}'/>"><fmt:message key="mirror.syncRunning"/></div>
        <script src="<c:url value='/static/js/sync-watch.js'/>" defer></script>
    </c:if>
    <jsp:doBody/>
</main>
</body>
</html>
